using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// What "the town" of a claim refers to: the town its own sentence named before the town word, also as where an
/// assault is heading ("towards Huliaipole ... the town's eastern outskirts"), not the town the story named most; and a
/// town a road leads to ("the highway to Druzhkivka") is no place the story is at.
/// </summary>
public sealed class TownWordAntecedentTests
{
    private const long Zaporizhzhia = 687700;
    private const long Huliaipole = 707898;
    private const long Kostiantynivka = 705104;
    private const long Druzhkivka = 616743;

    private static Document Heading(string lead, string city, string sentence, string town, PlaceRole role)
    {
        var doc = Docs.Text(lead + "\n\n" + sentence, outlet: "Harbourline", published: new DateOnly(2026, 1, 27));
        Docs.Place(doc, city, Zaporizhzhia, "Zaporizhzhia", featureCode: "PPLA");
        Docs.Place(doc, city, Zaporizhzhia, "Zaporizhzhia", featureCode: "PPLA", occurrence: 1);
        Docs.Place(doc, town, Huliaipole, "Huliaipole", role: role);
        return doc;
    }

    [Theory]
    [InlineData("Guided bombs hit Zaporizhzhia on Tuesday. Zaporizhzhia was hit again at night, officials said.", "Zaporizhzhia",
        "Ukraine's southern command said Russian forces were preparing a new assault towards Huliaipole and could try to storm the town's eastern outskirts within days.", "Huliaipole")]
    [InlineData("Керовані бомби влучили в Запоріжжя у вівторок. Запоріжжя знову атакували вночі, повідомили в ОВА.", "Запоріжжя",
        "Командування повідомило, що росіяни готують новий штурм у напрямку Гуляйполя і можуть спробувати зайти на східну околицю міста.", "Гуляйполя")]
    [InlineData("Управляемые бомбы попали в Запорожье во вторник. Запорожье снова атаковали ночью, сообщили власти.", "Запорожье",
        "Командование заявило, что противник готовит новый штурм в направлении Гуляйполя и может попытаться зайти на восточную окраину города.", "Гуляйполя")]
    public void Process_TownWordAfterAHeadingTown_IsThatTown(string lead, string city, string sentence, string town)
    {
        var doc = Heading(lead, city, sentence, town, PlaceRole.Direction);

        var claim = Assert.Single(Docs.ClaimsOf(doc), c => c.Span.Start > lead.Length);

        Assert.Equal(Huliaipole, claim.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Guided bombs hit Zaporizhzhia on Tuesday. Zaporizhzhia was hit again at night, officials said.", "Zaporizhzhia",
        "Ukraine's southern command said Russian reserves moved from near Huliaipole could try to storm the town's eastern outskirts within days.", "Huliaipole")]
    [InlineData("Управляемые бомбы попали в Запорожье во вторник. Запорожье снова атаковали ночью, сообщили власти.", "Запорожье",
        "Командование заявило, что резервы, переброшенные из-под Гуляйполя, могут попытаться зайти на восточную окраину города.", "Гуляйполя")]
    public void Process_TownWordAfterAnOrigin_IsTheStorysTown(string lead, string city, string sentence, string town)
    {
        var doc = Heading(lead, city, sentence, town, PlaceRole.Origin);

        var claim = Assert.Single(Docs.ClaimsOf(doc), c => c.Span.Start > lead.Length);

        Assert.Equal(Zaporizhzhia, claim.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Kostiantynivka has been shelled almost daily, and the question is whether Russian troops reach the highway to Druzhkivka.",
        "Kostiantynivka", "Druzhkivka", "A Ukrainian officer serving near the town, who asked not to be named, told us that resupply runs now happen only at night.")]
    [InlineData("Костянтинівку обстрілюють майже щодня, і питання в тому, чи вийдуть росіяни на трасу до Дружківки.",
        "Костянтинівку", "Дружківки", "Офіцер, який служить біля міста, розповів нам, що підвезення тепер відбувається лише вночі.")]
    [InlineData("Константиновку обстреливают почти ежедневно, и вопрос в том, выйдут ли россияне на трассу на Дружковку.",
        "Константиновку", "Дружковку", "Офицер, который служит возле города, рассказал нам, что подвоз теперь идёт только ночью.")]
    public void Process_TownARoadLeadsTo_IsNotTheStorysTown(string lead, string town, string roadEnd, string sentence)
    {
        var doc = Docs.Text(lead + "\n\n" + sentence, outlet: "Frontline Ledger", published: new DateOnly(2026, 3, 10));
        Docs.Place(doc, town, Kostiantynivka, "Kostiantynivka");
        Docs.Place(doc, roadEnd, Druzhkivka, "Druzhkivka");

        var claim = Assert.Single(Docs.ClaimsOf(doc), c => c.Span.Start > lead.Length);

        Assert.Equal(Kostiantynivka, claim.Place?.GeonameId);
    }

    [Fact]
    public void Process_TownNamedAsTheFightsPlace_IsTheStorysTownOnATie()
    {
        // the twin: Druzhkivka named as a place of its own (not a road's end) is the last of two named once each
        const string lead = "Kostiantynivka has been shelled almost daily, and Russian drones have also hit Druzhkivka.";
        var doc = Docs.Text(lead + "\n\nA Ukrainian officer serving near the town, who asked not to be named, told us that resupply runs now happen only at night.",
            outlet: "Frontline Ledger", published: new DateOnly(2026, 3, 10));
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka");
        Docs.Place(doc, "Druzhkivka", Druzhkivka, "Druzhkivka");

        var claim = Assert.Single(Docs.ClaimsOf(doc), c => c.Span.Start > lead.Length);

        Assert.Equal(Druzhkivka, claim.Place?.GeonameId);
    }
}

/// <summary>
/// The story's town for a sentence naming none: a capital named once loses a tie ("the question now asked in Kyiv" is the
/// seat of government, not the story's town), and a place in a speaker's description ("a research fellow in London") is
/// none the story is at.
/// </summary>
public sealed class StoryTownTieTests
{
    private const long Kostiantynivka = 705104;
    private const long Kyiv = 703448;
    private const long London = 2643743;

    [Theory]
    [InlineData("Kostiantynivka has been shelled almost daily, and the question now asked in Kyiv is what happens next.", "Kostiantynivka", "Kyiv",
        "If the road is cut, brigades in the town would be supplied over field tracks. A Ukrainian officer serving near the town, who asked not to be named, told us that resupply runs now happen only at night.")]
    [InlineData("Костянтинівку обстрілюють майже щодня, а в Києві питають, що буде далі.", "Костянтинівку", "Києві",
        "Якщо дорогу переріжуть, бригади в місті постачатимуть польовими шляхами. Офіцер, який служить біля міста, розповів нам, що підвезення тепер відбувається лише вночі.")]
    public void Process_CapitalNamedOnce_LosesTheTieToTheStorysTown(string lead, string town, string capital, string rest)
    {
        var doc = Docs.Text(lead + "\n\n" + rest, outlet: "Frontline Ledger", published: new DateOnly(2026, 3, 10));
        Docs.Place(doc, town, Kostiantynivka, "Kostiantynivka");
        Docs.Place(doc, capital, Kyiv, "Kyiv", featureCode: "PPLC");

        var claims = Docs.ClaimsOf(doc).Where(c => c.Span.Start > lead.Length).ToList();

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.NotEqual(Kyiv, c.Place?.GeonameId));
        Assert.Contains(claims, c => c.Place?.GeonameId == Kostiantynivka);
    }

    [Theory]
    [InlineData("«Россия перебросила сюда часть резервов, но пехоте не хватает бронетехники», — считает Ирина Воронцова, научный сотрудник института оборонных исследований в Лондоне. По ее оценке, темп наступления в декабре упал вдвое.", "Лондоне")]
    [InlineData("\"Russia has moved part of its reserves here, but the infantry lacks armour,\" said Irina Vorontsova, a research fellow at a defence institute in London. In her view, the pace of the offensive halved in December.", "London")]
    public void Process_PlaceInTheSpeakersDescription_IsNoPlaceOfTheNextSentence(string text, string surface)
    {
        var doc = Docs.Text(text, outlet: "Poligon", published: new DateOnly(2025, 12, 20));
        Docs.Place(doc, surface, London, "London", country: "GB", featureCode: "PPLC");

        var claims = Docs.ClaimsOf(doc);
        var next = text.IndexOf(surface, StringComparison.Ordinal) + surface.Length;

        Assert.All(claims.Where(c => c.Span.Start > next), c => Assert.Null(c.Place));
    }
}
