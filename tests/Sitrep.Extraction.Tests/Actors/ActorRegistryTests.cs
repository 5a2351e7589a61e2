using Sitrep.Core.Model;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Actors;

public sealed class ActorRegistryTests
{
    private static readonly ActorRegistry Registry = ActorRegistry.Default;

    [Theory]
    [InlineData("Reuters", "Reuters", SpeakerType.Agency)]
    [InlineData("the Kyiv Independent", "Kyiv Independent", SpeakerType.Media)]
    [InlineData("News.Az", "News.Az", SpeakerType.Media)]
    [InlineData("ТАСС", "TASS", SpeakerType.Agency)]
    [InlineData("Укрінформ", "Ukrinform", SpeakerType.Agency)]
    [InlineData("3rd Assault Brigade", "3rd Separate Assault Brigade", SpeakerType.MilitaryUnit)]
    [InlineData("Генштабу ЗСУ", "General Staff of the Armed Forces of Ukraine", SpeakerType.Government)]
    [InlineData("Минобороны РФ", "Ministry of Defence of the Russian Federation", SpeakerType.Government)]
    [InlineData("Сирського", "Oleksandr Syrskyi", SpeakerType.Person)]
    [InlineData("Пескова", "Dmitry Peskov", SpeakerType.Person)]
    [InlineData("РНБО", "National Security and Defence Council of Ukraine", SpeakerType.Government)]
    [InlineData("Ukraine's Coordination Headquarters for the Treatment of Prisoners of War", "Coordination Headquarters for the Treatment of Prisoners of War", SpeakerType.Government)]
    public void FindByName_AliasInAnyLanguageOrCase_FindsActor(string alias, string name, SpeakerType type)
    {
        var actor = Registry.FindByName(alias);

        Assert.NotNull(actor);
        Assert.Equal(name, actor.Name);
        Assert.Equal(type, actor.Type);
    }

    [Theory]
    [InlineData("head of the Donetsk regional military administration", "Donetsk Regional Military Administration")]
    [InlineData("the head of the Kyiv city military administration", "Kyiv City Military Administration")]
    [InlineData("spokesperson for Ukraine's Eastern group of forces", "Eastern Group of Forces of Ukraine")]
    [InlineData("Ukraine's army", "Armed Forces of Ukraine")]
    public void FindByName_OfficeOfABodyInTheRegistry_FindsTheBody(string name, string body)
    {
        Assert.Equal(body, Registry.FindByName(name)?.Name);
    }

    [Theory]
    [InlineData("head of the Druzhkivka city military administration")] // the body is not in the registry
    [InlineData("head of Pushilin")] // an office of a person is no body
    [InlineData("residents of the Donetsk regional military administration")] // not an office
    public void FindByName_OfficeOfNoRegistryBody_FindsNothing(string name)
    {
        Assert.Null(Registry.FindByName(name));
    }

    [Theory]
    [InlineData("425th Assault Regiment", "UA")]
    [InlineData("West group of forces", "RU")]
    [InlineData("Pushilin", "RU")]
    [InlineData("Ukrainska Pravda", "UA")]
    [InlineData("Al Jazeera", null)]
    public void SideOf_ActorOrParent_GivesSide(string alias, string? side)
    {
        Assert.Equal(side, Registry.SideOf(Registry.FindByName(alias)!));
    }

    [Theory]
    [InlineData("Rapid Response")]
    [InlineData("the weather service")]
    [InlineData("")]
    public void FindByName_NotAnAlias_Null(string name)
    {
        Assert.Null(Registry.FindByName(name));
    }

    [Fact]
    public void Default_EveryParent_Exists()
    {
        Assert.True(Registry.Count > 80);
        foreach (var line in RegistryRows())
        {
            var parent = line[4];
            Assert.True(parent == "-" || Registry[parent] is not null, $"{line[0]} has unknown parent {parent}");
            Assert.Contains(line[3], (string[])["UA", "RU", "-"]);
        }
    }

    [Fact]
    public void Parse_MissingCells_ThrowsWithTheLine()
    {
        var ex = Assert.Throws<FormatException>(() => ActorRegistry.Parse("id\tname\ttype\tside\tparent\taliases\nx\tX\tperson\n"));
        Assert.Contains("x\tX\tperson", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FindAll_InSentence_FindsLongestAliasesInOrder()
    {
        var doc = Docs.Text("Units of the Centre group of forces and Ukraine's 47th Mechanized Brigade clashed near the town.");
        var found = Registry.FindAll(doc.Text, doc.Tokens.ToArray(), 0, doc.Tokens.Count);

        Assert.Equal(["Centre group of forces", "47th Mechanized Brigade Magura"], found.Select(m => m.Value.Name));
        Assert.Equal("47th Mechanized Brigade", doc.Slice(found[1].Span));
    }

    private static IEnumerable<string[]> RegistryRows()
    {
        using var stream = typeof(ActorRegistry).Assembly.GetManifestResourceStream("Sitrep.Extraction.Actors.registry.tsv")!;
        using var reader = new StreamReader(stream);
        var header = true;
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#') || line.Length == 0)
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            yield return line.Split('\t');
        }
    }
}
