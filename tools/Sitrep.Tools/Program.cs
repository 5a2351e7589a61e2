Console.Error.WriteLine("usage: Sitrep.Tools <command> ...");
return 2;
