using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A spokesperson with no body of their own ("the spokesman said", "за словами речника", "по словам представителя") and
/// a pronoun owner ("Its spokesman") speak for the body told just before: one that spoke, one named earlier in the same
/// sentence, or one opening the sentence before with no statement of its own ("Russia's Defence Ministry did not comment
/// ... Its spokesman said"). "A spokesman" brings in someone new. (An English bare "the spokesman said" still refers
/// back only to a spokesman named before: a known limit.)
/// </summary>
public sealed class SpokespersonBackTests
{
    [Theory]
    [InlineData("Російські військові заявили про захоплення Торського. У Генштабі ЗСУ цю інформацію спростували: за словами речника, бої за село тривають.")]
    [InlineData("Российские военные заявили о захвате Торского. В Генштабе ВСУ эту информацию опровергли: по словам представителя, бои за село продолжаются.")]
    public void Process_BareSpokesperson_TheBodyToldJustBeforeSpeaks(string text)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        var last = doc.Attributions[^1];
        Assert.Equal("General Staff of the Armed Forces of Ukraine", last.Speaker);
        Assert.Equal("UA", last.Side);
    }

    [Fact]
    public void Process_IndefiniteSpokesperson_NoBodyToldBefore()
    {
        var doc = Docs.Attributed("Ukraine's General Staff rejected the report about Torske. A spokesman for a volunteer group said fighting for the village was continuing.", outlet: "Test Wire");

        Assert.NotEqual("General Staff of the Armed Forces of Ukraine", doc.Attributions[^1].Speaker);
    }

    [Theory]
    [InlineData("The regional prosecutor's office said it had opened an investigation. Russia's Defence Ministry did not comment on the figures. Its spokesman said last week that the strikes had hit only military targets.")]
    [InlineData("Обласна прокуратура повідомила, що відкрила розслідування. Міністерство оборони Росії не коментувало ці дані. Його речник заявив минулого тижня, що удари завдавали лише по військових цілях.")]
    [InlineData("Областная прокуратура сообщила, что начала расследование. Министерство обороны России не комментировало эти данные. Его представитель заявил на прошлой неделе, что удары наносились только по военным целям.")]
    public void Process_PronounOwnerOfASilentBody_TheBodyNamedBeforeSpeaks(string text)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        var last = doc.Attributions[^1];
        Assert.Equal("Ministry of Defence of the Russian Federation", last.Speaker);
        Assert.Equal("RU", last.Side);
    }

    [Fact]
    public void Process_PronounOwnerAfterABodyThatSpoke_ThatBodyStillSpeaks()
    {
        // twin: the body named before spoke itself, and nothing was named after it
        var doc = Docs.Attributed("Ukraine's 3rd Army Corps rejected the claim. Its spokesman said on Tuesday that Ukrainian units still held the northern districts of Siversk.", outlet: "Test Wire");

        Assert.Equal("3rd Army Corps", doc.Attributions[^1].Speaker);
    }

    [Theory]
    [InlineData("Речник Сил оборони півдня України Роман Ткаченко заявив, що противник намагався штурмувати позиції біля Степногірська.", "Роман Ткаченко")]
    [InlineData("Представитель Сил обороны юга Украины Роман Ткаченко в эфире телемарафона заявил, что противник пытался штурмовать позиции возле Степногорска.", "Роман Ткаченко")]
    [InlineData("Roman Tkachenko, a spokesman for the Defence Forces of the South of Ukraine, said Russian troops had tried to storm positions near Stepnohirsk.", "Roman Tkachenko")]
    public void Process_CountryClosingTheBodyBeforeAName_IsNoWordOfTheName(string text, string name)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        var last = doc.Attributions[^1];
        Assert.Equal(name, last.Speaker);
        Assert.Equal("UA", last.Side);
    }

    [Fact]
    public void Process_NameWithNoCountryBeforeIt_Unchanged()
    {
        // twin: a title and a name, no country between them
        var doc = Docs.Attributed("Речник угруповання Роман Ткаченко заявив, що противник намагався штурмувати позиції біля Степногірська.", outlet: "Test Wire");

        Assert.Equal("Роман Ткаченко", doc.Attributions[^1].Speaker);
    }
}
