using Sitrep.Tools;

return args switch
{
    ["gazetteer", .. var rest] => GazetteerCommand.Run(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Sitrep.Tools gazetteer <build|import-cities500|probe|measure> [options]");
    return 2;
}
