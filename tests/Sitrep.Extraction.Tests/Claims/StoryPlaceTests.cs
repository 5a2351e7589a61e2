using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A strike, loss or repelled attack told in a sentence that names no place is about the place the story is at; one
/// speaker repeating a proposition in the next sentences of a paragraph makes one claim; a body's own document carried
/// by an archive under the body's heading is the body's channel.
/// </summary>
public sealed class StoryPlaceTests
{
    private const long Sumy = 692194;
    private const long Nikopol = 700051;

    [Theory]
    [InlineData("Russian drones attacked Sumy overnight, the regional military administration said.\n\nTwo people were killed, the administration said.", "Sumy")]
    [InlineData("Уночі ворог атакував Суми дронами. Загинули двоє людей.", "Суми")]
    [InlineData("Ночью противник атаковал Сумы беспилотниками. Погибли два человека.", "Сумы")]
    public void Process_LossesWithNoPlaceOfTheirOwn_AreAtTheStorysPlace(string text, string name)
    {
        var doc = Docs.Text(text, outlet: text.StartsWith("Russian", StringComparison.Ordinal) ? null : "Sumy Regional Military Administration");
        Docs.Place(doc, name, Sumy, "Sumy");

        var losses = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.Equal(Sumy, losses.Place?.GeonameId);
    }

    [Fact]
    public void Process_AnotherSpeakersPlace_IsNotTaken()
    {
        var doc = Docs.Text("The regional governor said a drone hit a shop in Sumy. Ukraine's Air Force said 40 of 52 drones were shot down, but two missiles could not be intercepted.");
        Docs.Place(doc, "Sumy", Sumy, "Sumy");

        var strike = Assert.Single(Docs.ClaimsOf(doc), c => c.Claimant == "Ukrainian Air Force" && c.Kind == ClaimKind.Strike);

        Assert.Null(strike.Place);
    }

    [Fact]
    public void Process_SentenceNamingSeveralSettlements_LeavesTheNextPlaceOpen()
    {
        var doc = Docs.Text("Our units repelled attacks near Sumy and Nikopol. The enemy lost up to 40 soldiers.", outlet: "3rd Separate Assault Brigade");
        Docs.Place(doc, "Sumy", Sumy, "Sumy");
        Docs.Place(doc, "Nikopol", Nikopol, "Nikopol");

        var losses = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.Null(losses.Place);
    }

    [Fact]
    public void Process_OneSpeakerRepeatingLossesInAParagraph_IsOneClaim()
    {
        var doc = Docs.Text("Уночі ворог атакував Суми дронами. Загинули двоє людей. Ще семеро поранені, серед них дитина.\n\nУ Сумах тривають аварійні роботи.",
            outlet: "Sumy Regional Military Administration");
        Docs.Place(doc, "Суми", Sumy, "Sumy");
        Docs.Place(doc, "Сумах", Sumy, "Sumy");

        var claims = Docs.ClaimsOf(doc);

        Assert.Single(claims, c => c.Kind == ClaimKind.Casualties);
        Assert.Equal(claims.Select((_, i) => "c" + (i + 1)), claims.Select(c => c.Id));
    }

    [Theory]
    [InlineData("Defence Papers Library", "Russian Defence Ministry briefing on the special military operation, 3 March", "Ministry of Defence of the Russian Federation")]
    [InlineData("Frontline Archive", "General Staff of the Armed Forces of Ukraine operational update (as of 08:00)", "General Staff of the Armed Forces of Ukraine")]
    [InlineData("Frontline Archive", "Russian Defence Ministry says its troops took a village", null)]
    [InlineData("Frontline Archive", "Russian Defence Ministry: troops took a village", null)]
    public void OwnChannel_ArchiveCarryingTheBodysHeading_IsTheBodysChannel(string outlet, string title, string? claimant)
    {
        var doc = new Document("Units repelled an attack.\n", new DocumentMetadata { Outlet = outlet, Title = title });

        Assert.Equal(claimant, ClaimsStage.OwnChannel(doc)?.Name);
    }

    [Fact]
    public void OwnChannel_HeadingAsTheFirstLine_IsTheBodysChannel()
    {
        var doc = new Document("Russian Defence Ministry briefing (as of 4 March)\n\nUnits repelled an attack.\n", new DocumentMetadata { Outlet = "Briefings Mirror", Title = "Briefing, 4 March" });

        Assert.Equal("Ministry of Defence of the Russian Federation", ClaimsStage.OwnChannel(doc)?.Name);
    }

    [Fact]
    public void Process_ListQualifiedByRegions_GivesOneStrikePerSettlement()
    {
        var doc = Docs.Text("Guided bombs hit Sumy in Sumy region; Nikopol and Marhanets in Dnipropetrovsk region, the General Staff said.");
        Docs.Place(doc, "Sumy", Sumy, "Sumy");
        Docs.Place(doc, "Sumy region", 692196, "Sumy Oblast", featureCode: "ADM1");
        Docs.Place(doc, "Nikopol", Nikopol, "Nikopol");
        Docs.Place(doc, "Marhanets", 701855, "Marhanets");
        Docs.Place(doc, "Dnipropetrovsk region", 709929, "Dnipropetrovsk Oblast", featureCode: "ADM1");

        var strikes = Docs.ClaimsOf(doc).FindAll(c => c.Kind == ClaimKind.Strike);

        Assert.Equal([Sumy, Nikopol, 701855L], strikes.Select(c => c.Place!.GeonameId));
    }

    [Theory]
    [InlineData("Russian drones hit Sumy overnight, the regional military administration said. Schools will switch to remote lessons until Friday, the administration said.", "Sumy")]
    [InlineData("Уночі російські дрони атакували Суми, повідомив голова обласної військової адміністрації. Школи до п'ятниці працюватимуть дистанційно, повідомив голова обласної військової адміністрації.", "Суми")]
    [InlineData("Ночью российские дроны атаковали Сумы, сообщил глава областной военной администрации. Школы до пятницы перейдут на дистанционное обучение, сообщил глава областной военной администрации.", "Сумы")]
    public void Process_StatementOfKindOtherWithNoPlace_IsAtThePlaceOfItsParagraph(string text, string name)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, name, Sumy, "Sumy");

        var claims = Docs.ClaimsOf(doc);
        var other = Assert.Single(claims, c => c.Kind == ClaimKind.Other);

        Assert.Equal(Sumy, other.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Russian drones hit Sumy overnight, the regional military administration said.\n\nThe talks on a ceasefire would resume next week, officials said.")]
    [InlineData("Уночі російські дрони атакували Суми, повідомила обласна військова адміністрація.\n\nПереговори продовжаться наступного тижня, заявив речник уряду.")]
    public void Process_StatementOfKindOtherInANewParagraph_TakesNoPlaceFromTheOneBefore(string text)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, text.StartsWith("Russian", StringComparison.Ordinal) ? "Sumy" : "Суми", Sumy, "Sumy");

        var other = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Other);

        Assert.Null(other.Place);
    }

    [Theory]
    [InlineData("Russian assault groups pushed into Pokrovsk, the corps said. Ukrainian forces still hold the north of Pokrovsk, the corps said.\n\nAn armoured vehicle was destroyed on the approaches from Zvirove, the corps said.\n\nA regiment was moved into the city this week, a military source said.", "Pokrovsk", "Pokrovsk", "Zvirove")]
    [InlineData("Російські штурмові групи просунулися в Покровськ, повідомив корпус. Українські сили утримують північ Покровська, повідомив корпус.\n\nНа підступах від Звірового знищено бронемашину, повідомив корпус.\n\nПолк перекинули до міста цього тижня, повідомило військове джерело.", "Покровськ", "Покровська", "Звірового")]
    public void Process_TheCity_IsTheSettlementTheStoryNamesMost(string text, string pokrovsk, string pokrovskAgain, string zvirove)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, pokrovsk, 704422, "Pokrovsk");
        Docs.Place(doc, pokrovskAgain, 704422, "Pokrovsk", occurrence: pokrovsk == pokrovskAgain ? 1 : 0);
        Docs.Place(doc, zvirove, 686799, "Zvirove");

        var last = Docs.ClaimsOf(doc).MaxBy(c => c.Span.Start)!;

        Assert.Equal(704422, last.Place?.GeonameId);
    }

    [Fact]
    public void Process_TheCityNearerTheVerbThanAVillage_IsTheCity()
    {
        var doc = Docs.Text("Russian groups pushed into Pokrovsk on Monday, but Ukrainian forces still hold the north of Pokrovsk, the corps said. Its units killed 34 Russian soldiers in the city and destroyed a vehicle on the approaches from Zvirove, the corps said.");
        Docs.Place(doc, "Pokrovsk", 704422, "Pokrovsk");
        Docs.Place(doc, "Pokrovsk", 704422, "Pokrovsk", occurrence: 1);
        Docs.Place(doc, "Zvirove", 686799, "Zvirove");

        var losses = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.Equal(704422, losses.Place?.GeonameId);
    }
}
