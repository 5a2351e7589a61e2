using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A speaker named again in other words: a rank for the person the paragraph names by surname ("What worries Hnatenko
/// most ... the colonel said"), the department for the ministry ("По данным ведомства"), a weekday between an inverted
/// verb and its speaker ("сообщили в воскресенье в Министерстве обороны России"), the side told in the clause a name
/// introduces ("Colonel Mykhailo Hnatenko has commanded a battalion of Ukraine's 55th ... Brigade"), and a side's claims
/// that are a noun ("Asked about Russian claims that ..."). Each with a twin that keeps its reading.
/// </summary>
public sealed class NamedAgainTests
{
    [Fact]
    public void Process_RankAfterASurnameInTheParagraph_IsThatPerson()
    {
        var doc = Docs.Attributed("Colonel Mykhailo Hnatenko has commanded an artillery battalion of Ukraine's 55th Separate Artillery Brigade since 2024.\n\nWhat worries Hnatenko most are the glide bombs. Russian aircraft dropped more than 40 of them on the town over the weekend, the colonel said.", outlet: "Test Ledger");

        var last = Assert.Single(doc.Attributions);
        Assert.Equal("Mykhailo Hnatenko", last.Speaker);
        Assert.Equal("UA", last.Side);
    }

    [Fact]
    public void Process_RankWithNoOneNamed_IsNotAnEarlierPerson()
    {
        var doc = Docs.Attributed("Colonel Mykhailo Hnatenko has commanded an artillery battalion since 2024.\n\nThe glide bombs are the worst. Russian aircraft dropped more than 40 of them on the town over the weekend, the colonel said.", outlet: "Test Ledger");

        Assert.DoesNotContain(doc.Attributions, a => a.Speaker == "Mykhailo Hnatenko");
    }

    [Theory]
    [InlineData("Подразделения группировки «Запад» освободили Петропавловку, сообщили в воскресенье в Министерстве обороны России. По данным ведомства, противник потерял до 210 военнослужащих.")]
    [InlineData("Підрозділи угруповання «Захід» захопили Петропавлівку, повідомили в неділю в Міністерстві оборони Росії. За даними відомства, противник втратив до 210 військовослужбовців.")]
    public void Process_WeekdayAfterTheVerbAndTheDepartment_AreTheMinistry(string text)
    {
        var doc = Docs.Attributed(text, outlet: "Test Agency");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.Equal("Ministry of Defence of the Russian Federation", a.Speaker));
    }

    [Fact]
    public void Process_NameOpeningItsSentenceWithAUnit_TakesTheUnitsSide()
    {
        var doc = Docs.Attributed("Colonel Mykhailo Hnatenko has commanded an artillery battalion of Ukraine's 55th Separate Artillery Brigade since 2024.\n\n\"They come on foot now,\" Hnatenko said.", outlet: "Test Ledger");

        Assert.Equal("UA", Assert.Single(doc.Attributions).Side);
    }

    [Fact]
    public void Process_NameAsAnObject_TakesNoSideFromTheClause()
    {
        var doc = Docs.Attributed("Reporters met Mykhailo Hnatenko near a position of Ukraine's 55th Separate Artillery Brigade.\n\n\"They come on foot now,\" Hnatenko said.", outlet: "Test Ledger");

        Assert.Null(Assert.Single(doc.Attributions).Side);
    }

    [Fact]
    public void Process_SidesClaimsAsANoun_IsNoSpeaker()
    {
        var doc = Docs.Attributed("Asked about Russian claims that the city had been surrounded, the colonel shook his head.", outlet: "Test Ledger");

        Assert.Empty(doc.Attributions);
    }

    [Fact]
    public void Process_BodyThatClaims_StillSpeaks()
    {
        var doc = Docs.Attributed("Russia claims that the city has been surrounded.", outlet: "Test Ledger");

        Assert.Single(doc.Attributions);
    }

    [Fact]
    public void Process_QualifiedServicesAfterAGovernor_AreTheServices()
    {
        var doc = Docs.Attributed("Drones hit a substation near Shebekino, the region's governor said. Interfax, citing the regional emergency services, said a transformer had burned out.", outlet: "Test Wire");

        Assert.Equal("regional emergency services", doc.Attributions[^1].Speaker, ignoreCase: true);
    }

    [Fact]
    public void Process_BareServiceAfterAGovernor_StillRefersBack()
    {
        var doc = Docs.Attributed("Drones hit a substation near Shebekino, the regional military administration said. A transformer had burned out, the administration said.", outlet: "Test Wire");

        Assert.Equal(doc.Attributions[0].Speaker, doc.Attributions[^1].Speaker);
    }
}
