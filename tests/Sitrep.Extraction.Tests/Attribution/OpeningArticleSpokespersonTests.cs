using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "The spokesman said" opening its sentence, after a body that spoke: the article is capitalised for the sentence, not
/// a name, so the bare spokesperson speaks for the body told just before (as "the spokesman said" after a comma does,
/// and "Речник зазначив", "Представитель заявил" do). "A spokesman said" brings in someone new.
/// </summary>
public sealed class OpeningArticleSpokespersonTests
{
    [Theory]
    [InlineData("Ukraine's General Staff reported that Russian troops attacked Borova twice overnight. The spokesman said both attacks were repelled.", "The spokesman said", "General Staff of the Armed Forces of Ukraine", "UA")]
    [InlineData("Генштаб ЗСУ повідомив, що вночі росіяни двічі атакували Борову. Речник зазначив, що обидві атаки відбито.", "Речник зазначив", "General Staff of the Armed Forces of Ukraine", "UA")]
    [InlineData("Минобороны России сообщило, что ночью российские войска атаковали Борову. Представитель заявил, что атаки продолжаются.", "Представитель заявил", "Ministry of Defence of the Russian Federation", "RU")]
    public void Process_BareSpokespersonOpeningTheSentence_SpeaksForTheBodyBefore(string text, string words, string body, string side)
    {
        var doc = Docs.Attributed(text, outlet: "Test News");

        var statement = Assert.Single(doc.Attributions, a => Docs.Covers(doc, a, words));
        Assert.Equal(body, statement.Speaker);
        Assert.Equal(side, statement.Side);
    }

    [Fact]
    public void Process_IndefiniteSpokesperson_IsSomeoneNew()
    {
        // twin: "A spokesman" is not the General Staff's spokesperson told back
        var doc = Docs.Attributed("Ukraine's General Staff reported that Russian troops attacked Borova twice overnight. A spokesman said both attacks were repelled.", outlet: "Test News");

        var statement = Assert.Single(doc.Attributions, a => Docs.Covers(doc, a, "A spokesman said"));
        Assert.NotEqual("General Staff of the Armed Forces of Ukraine", statement.Speaker);
    }
}
