using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>"near the town of Shebekino": a town word followed by "of" and a name names that town, not the one the story names most.</summary>
public sealed class TownOfNameTests
{
    private const string Before = "Russian drones struck a depot in Kharkiv overnight, the administration said. The strike damaged two locomotives in Kharkiv, the administration said. ";

    [Theory]
    [InlineData("Ukrainian drones hit an electrical substation near the town of Shebekino, the governor said.", 495112)]
    [InlineData("Ukrainian drones hit an electrical substation near Shebekino, the governor said.", 495112)]
    [InlineData("Ukrainian drones hit an electrical substation in the town, the governor said.", 706483)]
    public void Process_TownOfName_IsThatTown(string sentence, long expected)
    {
        var doc = Docs.Text(Before + sentence, outlet: "Test Wire");
        Docs.Place(doc, "Kharkiv", 706483, "Kharkiv");
        Docs.Place(doc, "Kharkiv", 706483, "Kharkiv", occurrence: 1);
        if (sentence.Contains("Shebekino", StringComparison.Ordinal))
        {
            Docs.Place(doc, "Shebekino", 495112, "Shebekino", "RU");
        }

        var claims = Docs.ClaimsOf(doc);
        Assert.Equal(expected, claims[^1].Place?.GeonameId);
    }
}
