using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

public sealed class ClaimsStageTests
{
    private const long Kupiansk = 704508;
    private const long Pokrovsk = 708552;

    private static Document Run(Document doc) => Docs.Through(doc, new AttributionStage(), new ClaimsStage());

    [Theory]
    [InlineData("Russia's Defence Ministry said its forces had captured Kupiansk.", ClaimKind.Capture, "RU", Stance.Asserts)]
    [InlineData("Units of the West group of forces liberated Kupiansk, the Russian Defence Ministry said.", ClaimKind.Capture, "RU", Stance.Asserts)]
    [InlineData("The 7th Rapid Response Corps said Ukrainian troops still hold Kupiansk.", ClaimKind.Control, "UA", Stance.Asserts)]
    [InlineData("Ukraine's General Staff said its forces repelled 12 assaults near Kupiansk.", ClaimKind.Repelled, "UA", Stance.Asserts)]
    [InlineData("Ukraine's General Staff denied that Russian troops had captured Kupiansk.", ClaimKind.Capture, "UA", Stance.Denies)]
    [InlineData("The 3rd Assault Brigade said Russian forces did not capture Kupiansk.", ClaimKind.Capture, "UA", Stance.Denies)]
    [InlineData("Pushilin claimed that Ukrainian units were encircled in Kupiansk.", ClaimKind.Encirclement, "RU", Stance.Asserts)]
    [InlineData("Генштаб ЗСУ повідомив, що Сили оборони відбили 14 атак біля Куп'янська.", ClaimKind.Repelled, "UA", Stance.Asserts)]
    [InlineData("Минобороны России заявило, что войска освободили Купянск.", ClaimKind.Capture, "RU", Stance.Asserts)]
    [InlineData("Командування угруповання спростувало, що Купянськ захопили, заявив Сирський.", ClaimKind.Capture, "UA", Stance.Denies)]
    public void Process_AttributedStatement_BuildsClaimWithKindSideAndStance(string text, ClaimKind kind, string side, Stance stance)
    {
        var doc = Docs.Text(text);
        var placeWord = text.Contains("Kupiansk", StringComparison.Ordinal) ? "Kupiansk"
            : text.Contains("Купянськ", StringComparison.Ordinal) ? "Купянськ"
            : text.Contains("Куп'янська", StringComparison.Ordinal) ? "Куп'янська" : "Купянск";
        Docs.Place(doc, placeWord, Kupiansk, "Kupiansk");

        var claim = Assert.Single(Run(doc).Claims);
        Assert.Equal("c1", claim.Id);
        Assert.Equal(kind, claim.Kind);
        Assert.Equal(side, claim.Side);
        Assert.Equal(stance, claim.Stance);
        Assert.Equal(new PlaceRef(Kupiansk, "Kupiansk"), claim.Place);
        Assert.Equal(doc.Sentences[0].Span, claim.Span);
    }

    [Theory]
    [InlineData("Russia's Defence Ministry claimed full control of Pokrovsk.", "full")]
    [InlineData("The corps said the northern part of Pokrovsk remains under Ukrainian control.", "north")]
    [InlineData("Syrskyi said Russian troops had partially entered Pokrovsk and hold parts of it.", "partial")]
    [InlineData("The brigade said Russian units control only the outskirts of Pokrovsk.", "outskirts")]
    [InlineData("Сирський заявив, що північна частина Покровська під контролем ЗСУ.", "north")]
    [InlineData("The corps says its troops still hold the north of Pokrovsk.", "north")]
    public void Process_ControlClaim_ReadsExtent(string text, string extent)
    {
        var doc = Docs.Text(text);
        var word = text.Contains("Pokrovsk", StringComparison.Ordinal) ? "Pokrovsk" : "Покровська";
        Docs.Place(doc, word, Pokrovsk, "Pokrovsk");

        var claim = Run(doc).Claims.First(c => c.Kind is ClaimKind.Control or ClaimKind.Capture);
        Assert.Equal(extent, claim.Extent);
    }

    [Fact]
    public void Process_FullControlAgainstHoldingNorth_ContradictBothWays()
    {
        var doc = Docs.Text(
            "Russia's Defence Ministry said its forces had taken full control of Pokrovsk.\n\n" +
            "The 7th Rapid Response Corps said the northern part of Pokrovsk remains under Ukrainian control.");
        Docs.Place(doc, "Pokrovsk", Pokrovsk, "Pokrovsk");
        Docs.Place(doc, "Pokrovsk", Pokrovsk, "Pokrovsk", occurrence: 1);

        var claims = Run(doc).Claims;

        Assert.Equal(2, claims.Count);
        Assert.Equal(["c2"], claims[0].Contradicts);
        Assert.Equal(["c1"], claims[1].Contradicts);
    }

    [Fact]
    public void Process_CaptureAssertedAndDenied_Contradict()
    {
        var doc = Docs.Text(
            "Moscow said Russian troops captured Kupiansk on Monday. Ukraine's General Staff rejected the claim, saying Russian forces did not capture Kupiansk.");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk", occurrence: 1);
        Docs.Time(doc, "on Monday", new DateOnly(2025, 11, 24), new DateOnly(2025, 11, 24));

        var claims = Run(doc).Claims;

        Assert.Equal(2, claims.Count);
        Assert.Equal((Stance.Asserts, Stance.Denies), (claims[0].Stance, claims[1].Stance));
        Assert.Equal(new DateOnly(2025, 11, 24), claims[0].From);
        Assert.Contains("c2", claims[0].Contradicts);
        Assert.Contains("c1", claims[1].Contradicts);
    }

    [Fact]
    public void Process_DifferentPartsHeld_DoNotContradict()
    {
        var doc = Docs.Text(
            "Russian officials said their troops control the southern part of Pokrovsk. The corps said Ukrainian forces hold the northern part of Pokrovsk.");
        Docs.Place(doc, "Pokrovsk", Pokrovsk, "Pokrovsk");
        Docs.Place(doc, "Pokrovsk", Pokrovsk, "Pokrovsk", occurrence: 1);

        var claims = Run(doc).Claims;

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Empty(c.Contradicts));
    }

    [Fact]
    public void Process_UnverifiedClaim_HasHedgeAndLowerConfidence()
    {
        var doc = Docs.Text("Russia's Defence Ministry said its forces captured Kupiansk. The claim could not be independently verified.");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk");

        var claim = Assert.Single(Run(doc).Claims);
        Assert.Equal("could not be independently verified", claim.Hedge);
        Assert.True(claim.Confidence < 0.8);
    }

    [Fact]
    public void Process_UnitOwnChannel_FirstPersonSentencesAreItsClaims()
    {
        var doc = Docs.Text("Our fighters repelled an assault near Pokrovsk. The northern part of the town remains under our control.", outlet: "3rd Assault Brigade");
        Docs.Place(doc, "Pokrovsk", Pokrovsk, "Pokrovsk");

        var claims = Run(doc).Claims;

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("3rd Separate Assault Brigade", c.Claimant));
        Assert.All(claims, c => Assert.Equal("UA", c.Side));
        Assert.Equal(ClaimKind.Repelled, claims[0].Kind);
        Assert.Equal(ClaimKind.Control, claims[1].Kind);
        Assert.Equal("north", claims[1].Extent);
    }

    [Theory]
    [InlineData("Наші бійці відбили штурм біля Покровська. Північна частина міста залишається під нашим контролем.", "Покровська", null, Pokrovsk)]
    [InlineData("Противник перебросил резервы в Покровск. Наши подразделения контролируют центр и юг города.", "Покровск", null, Pokrovsk)]
    [InlineData("Противник перебросил резервы в Покровск. Наши подразделения контролируют центр города Купянска.", "Покровск", "Купянска", Kupiansk)] // the town named
    public void Process_UkrainianOrRussianTownWord_RefersToTheTownBefore(string text, string before, string? named, long place)
    {
        var doc = Docs.Text(text, outlet: "3rd Assault Brigade");
        Docs.Place(doc, before, Pokrovsk, "Pokrovsk");
        if (named is not null)
        {
            Docs.Place(doc, named, Kupiansk, "Kupiansk");
        }

        var control = Run(doc).Claims.Single(c => c.Kind == ClaimKind.Control);

        Assert.Equal(place, control.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Котёл под Покровском не закрыт, бои идут на окраинах.", ClaimKind.Encirclement, Stance.Denies)]
    [InlineData("Говорить о полном освобождении Покровска пока рано.", ClaimKind.Capture, Stance.Denies)]
    [InlineData("The cauldron around Pokrovsk is not closed yet, the corps said.", ClaimKind.Encirclement, Stance.Denies)]
    [InlineData("Котёл под Покровском закрыт.", ClaimKind.Encirclement, Stance.Asserts)] // near miss: no negation
    [InlineData("Наши подразделения контролируют юг Покровска, но говорить о полном освобождении пока рано.", ClaimKind.Control, Stance.Asserts)] // the denial's own clause
    public void Process_DenialAfterTheClaim_DeniesIt(string text, ClaimKind kind, Stance stance)
    {
        var doc = Docs.Text(text, outlet: "3rd Assault Brigade");
        var at = new[] { "Pokrovsk", "Покровском", "Покровска" }.First(w => text.Contains(w, StringComparison.Ordinal));
        Docs.Place(doc, at, Pokrovsk, "Pokrovsk");

        var claim = Run(doc).Claims.First(c => c.Kind == kind);

        Assert.Equal(stance, claim.Stance);
    }

    [Theory]
    [InlineData("Fewer than 2,000 residents were left in Kupiansk by the time the town fell, local officials said.", ClaimKind.Other)]
    [InlineData("Local officials said the shelling of Kupiansk grew worse after the village was captured.", ClaimKind.Other)]
    [InlineData("Голова ОВА заявив, що у Куп'янську залишилося 2000 людей, коли місто захопили.", ClaimKind.Other)]
    [InlineData("After weeks of fighting, Russian troops captured Kupiansk, the Russian Defence Ministry said.", ClaimKind.Capture)] // near miss: opens the sentence
    public void Process_CaptureInATimeClause_IsNoCaptureClaim(string text, ClaimKind kind)
    {
        var doc = Docs.Text(text);
        var at = new[] { "Kupiansk", "Куп'янську" }.First(w => text.Contains(w, StringComparison.Ordinal));
        Docs.Place(doc, at, Kupiansk, "Kupiansk");

        var claim = Assert.Single(Run(doc).Claims);

        Assert.Equal(kind, claim.Kind);
    }

    [Theory]
    [InlineData("Moscow said its troops had taken Kupiansk, which Ukrainian commanders denied.", Stance.Asserts)]
    [InlineData("Moscow said on Friday that its troops had taken Kupiansk, a claim which Kyiv has denied.", Stance.Asserts)]
    [InlineData("Ukraine's General Staff said reports that Russian troops had taken Kupiansk were false.", Stance.Denies)] // near miss: the speaker's own denial
    public void Process_DenialInARelativeClause_IsNotTheClaimantsDenial(string text, Stance stance)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk");

        var capture = Run(doc).Claims.First(c => c.Kind == ClaimKind.Capture);
        Assert.Equal(stance, capture.Stance);
    }

    [Theory]
    [InlineData("A drone hit a minibus in Kupiansk on Monday, local officials said.", "UA")]
    [InlineData("A drone hit a minibus in Kupiansk on Monday, the regional police said.", "UA")]
    [InlineData("A drone hit a minibus in Kupiansk on Monday, two analysts said.", null)] // near miss: no authority
    [InlineData("A drone hit a minibus in Kupiansk on Monday, Russian-installed officials said.", "RU")] // its own side
    public void Process_LocalAuthorityWithNoSide_TakesTheSideOfThePlace(string text, string? side)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk");

        var claim = Assert.Single(Run(doc).Claims);
        Assert.Equal(side, claim.Side);
    }

    [Fact]
    public void Process_UnnamedBodyAboutAPlaceInRussia_NoSideFromThePlace()
    {
        var doc = Docs.Text("The General Staff said long-range drones had struck the refinery in Syzran overnight.");
        Docs.Place(doc, "Syzran", 490172, "Syzran", country: "RU");

        var claim = Assert.Single(Run(doc).Claims);
        Assert.Null(claim.Side);
    }

    [Theory]
    [InlineData("Russian forces captured Kupiansk.")]
    [InlineData("Heavy fighting took place near the town overnight.")]
    public void Process_NoClaimant_NoClaim(string text)
    {
        Assert.Empty(Run(Docs.Text(text)).Claims);
    }

    [Theory]
    [InlineData("Heavy fighting took place near the town, the 7th Rapid Response Corps said.", "UA")]
    [InlineData("The mayor said the market will reopen on Friday.", null)]
    [InlineData("Минобороны России заявило, что ситуация на фронте остается напряженной.", "RU")]
    public void Process_AttributedStatementWithNoKind_OneOtherClaimThatContradictsNothing(string text, string? side)
    {
        var claim = Assert.Single(Run(Docs.Text(text)).Claims);

        Assert.Equal((ClaimKind.Other, Stance.Asserts), (claim.Kind, claim.Stance));
        Assert.Equal(side, claim.Side);
        Assert.Empty(claim.Contradicts);
    }

    [Fact]
    public void Process_OtherStatementsOfBothSidesAboutOnePlace_DoNotContradict()
    {
        var doc = Docs.Text("Russia's Defence Ministry said the situation in Kupiansk was tense.\n\n"
            + "Ukraine's General Staff said the situation in Kupiansk remained difficult.");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk", occurrence: 1);

        var claims = Run(doc).Claims;

        Assert.Equal([("RU", ClaimKind.Other), ("UA", ClaimKind.Other)], claims.Select(c => (c.Side, c.Kind)));
        Assert.All(claims, c => Assert.Empty(c.Contradicts));
    }

    [Fact]
    public void Process_OwnChannelSentenceWithNoKind_NoClaim()
    {
        // a unit's own post: its sentences are claims only when they claim something of a kind
        var doc = Docs.Text("Support our drone operators: every donation counts.\n\nOur fighters repelled an assault near Kupiansk.",
            outlet: "3rd Separate Assault Brigade");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk");

        var claim = Assert.Single(Run(doc).Claims);
        Assert.Equal(ClaimKind.Repelled, claim.Kind);
    }

    [Theory]
    [InlineData("The 47th brigade said its units had killed or captured 34 Russian soldiers near Kupiansk.", new[] { ClaimKind.Casualties })]
    [InlineData("The National Guard said its fighters took 12 Russian servicemen prisoner near Kupiansk.", new[] { ClaimKind.Casualties })]
    [InlineData("Бригада повідомила, що бійці взяли в полон трьох окупантів біля Куп'янська.", new[] { ClaimKind.Casualties })]
    [InlineData("The brigade said its troops captured two Russian tanks near Kupiansk.", new[] { ClaimKind.Other })]
    [InlineData("Shakhtar captured the league title after a win in Kupiansk, the club's coach said.", new ClaimKind[0])] // no speaker the stage knows
    [InlineData("A Russian official said Moscow expected to take Kupiansk within weeks.", new[] { ClaimKind.Other })]
    [InlineData("The governor said debris fell on a house in Kupiansk.", new[] { ClaimKind.Other })]
    [InlineData("Pushilin, head of occupied Donetsk region, said Russian troops captured Kupiansk.", new[] { ClaimKind.Capture })]
    [InlineData("The corps said the enemy captured Kupiansk.", new[] { ClaimKind.Capture })]
    public void Process_CaptureVerb_KindFollowsItsObject(string text, ClaimKind[] kinds)
    {
        var doc = Docs.Text(text);
        var word = text.Contains("Kupiansk", StringComparison.Ordinal) ? "Kupiansk" : "Куп'янська";
        Docs.Place(doc, word, Kupiansk, "Kupiansk");

        Assert.Equal(kinds, Run(doc).Claims.Select(c => c.Kind));
    }

    [Fact]
    public void Process_DismissalThenOwnStatement_DeniesTheEarlierClaimAndAssertsItsOwn()
    {
        var doc = Docs.Text("Russia's military said its forces had taken full control of Kupiansk in Ukraine's Kharkiv region. "
            + "Ukraine's army dismissed the claim and said its troops still held the northern part of Kupiansk.");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk", occurrence: 1);

        var claims = Run(doc).Claims;

        Assert.Equal(
            [(ClaimKind.Capture, "RU", Stance.Asserts, "full"), (ClaimKind.Control, "UA", Stance.Asserts, "north"), (ClaimKind.Capture, "UA", Stance.Denies, "full")],
            claims.Select(c => (c.Kind, c.Side, c.Stance, c.Extent)));
        Assert.Equal(["c2", "c3"], claims[0].Contradicts);
    }

    [Fact]
    public void Process_CasualtyCount_IsCasualtiesClaim()
    {
        var doc = Docs.Text("The Kharkiv regional military administration said three civilians were killed in Kupiansk.");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk");
        Docs.Quantity(doc, "three civilians", 3, "killed");

        var claim = Assert.Single(Run(doc).Claims);
        Assert.Equal(ClaimKind.Casualties, claim.Kind);
        Assert.Equal("Kharkiv Regional Military Administration", claim.Claimant);
    }

    [Fact]
    public void Process_HeadlineWithTwoSpeakers_ClaimAndCounterClaim()
    {
        var doc = Docs.Text("Russia claims full control of Pokrovsk; Ukraine says its troops hold the northern part of Pokrovsk");
        Docs.Place(doc, "Pokrovsk", Pokrovsk, "Pokrovsk");
        Docs.Place(doc, "Pokrovsk", Pokrovsk, "Pokrovsk", occurrence: 1);

        var claims = Run(doc).Claims;

        Assert.Equal(2, claims.Count);
        Assert.Equal(("RU", "full"), (claims[0].Side, claims[0].Extent));
        Assert.Equal(("UA", "north"), (claims[1].Side, claims[1].Extent));
        Assert.Equal(["c2"], claims[0].Contradicts);
        Assert.Equal("Russia claims full control of Pokrovsk", doc.Slice(claims[0].Span));
    }

    [Fact]
    public void Process_DenialOfTheClaim_DeniesEarlierClaimAndContradictsIt()
    {
        var doc = Docs.Text("Russia's Defence Ministry said its troops had captured Kupiansk.\n\nUkraine's General Staff denied the claim.");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk");

        var claims = Run(doc).Claims;

        Assert.Equal(2, claims.Count);
        var denial = claims[1];
        Assert.Equal((ClaimKind.Capture, Stance.Denies, "UA"), (denial.Kind, denial.Stance, denial.Side));
        Assert.Equal(new PlaceRef(Kupiansk, "Kupiansk"), denial.Place);
        Assert.Equal(["c2"], claims[0].Contradicts);
        Assert.Equal(["c1"], denial.Contradicts);
    }

    [Fact]
    public void Process_GroupOfForcesNamedCentre_IsNotACentreExtent()
    {
        var doc = Docs.Text("Минобороны России заявило, что подразделения группировки войск «Центр» освободили Купянск.");
        Docs.Place(doc, "Купянск", Kupiansk, "Kupiansk");

        var claim = Assert.Single(Run(doc).Claims);
        Assert.Null(claim.Extent);
    }
}
