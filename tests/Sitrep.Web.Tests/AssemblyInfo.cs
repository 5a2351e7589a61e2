[assembly: AssemblyFixture(typeof(Sitrep.Web.Tests.Support.SampleServerFixture))]
