using Sitrep.Extraction.Places.GazetteerBuild;

namespace Sitrep.Extraction.Tests.Places;

public sealed class Cities500ImportTests
{
    private static string Row(string id, string name, string alternates, string feature, string country, string population) =>
        string.Join('\t', id, name, name, alternates, "48.1", "37.2", "P", feature, country, "", "05", "1416", "", "", population, "", "100", "Europe/Kyiv", "2024-01-01");

    [Fact]
    public void Run_Dump_KeepsCoreCountriesAndBigCitiesAbroadSortedById()
    {
        var dump = string.Join('\n',
            Row("3", "Bigtown", "", "PPL", "FR", "600000"),
            Row("2", "Smallville", "", "PPL", "FR", "900"),
            Row("1", "Pokrovsk", "Pokrovs'k,Покровськ,波克罗夫斯克,LWO", "PPLA2", "UA", "60127"));
        var output = new StringWriter();
        var count = Cities500Import.Run(new StringReader(dump), output, new HashSet<string> { "UA" }, 500_000);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l[0] != '#').ToList();
        Assert.Equal(2, count);
        Assert.StartsWith("1\tPokrovsk\t", lines[0]);
        Assert.EndsWith("\tPokrovs'k|Покровськ", lines[0]);
        Assert.StartsWith("3\tBigtown\t", lines[1]);
    }

    [Fact]
    public void Run_NoCountries_KeepsEveryPlaceWithTheRaionCodeOfUkraine()
    {
        var dump = string.Join('\n',
            Row("3", "Bigtown", "", "PPL", "FR", "600000"),
            Row("2", "Smallville", "Smallvil,Смолвил,スモールビル", "PPL", "FR", "900"),
            Row("1", "Pokrovsk", "", "PPLA2", "UA", "60127"));
        var output = new StringWriter();
        var count = Cities500Import.Run(new StringReader(dump), output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l[0] != '#').ToList();
        Assert.Equal(3, count);
        Assert.Equal("2\tSmallville\t48.1\t37.2\tPPL\tFR\t05\t\t900\tSmallvil|Смолвил", lines[1]);
        Assert.Equal("1416", lines[0].Split('\t')[7]);
    }

    [Theory]
    [InlineData("Kup'yans'k", true)]
    [InlineData("Куп'янськ", true)]
    [InlineData("Mykolaïvka", true)]
    [InlineData("LWO", false)]
    [InlineData("lvyv", false)]
    [InlineData("リヴィウ", false)]
    [InlineData("לבוב", false)]
    public void IsUsableName_Script_KeepsOnlyCapitalisedLatinOrCyrillic(string name, bool usable)
    {
        Assert.Equal(usable, Cities500Import.IsUsableName(name));
    }
}
