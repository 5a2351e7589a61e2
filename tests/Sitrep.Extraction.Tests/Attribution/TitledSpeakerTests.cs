using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// How a title names its speaker: a former holder speaks for himself; a Ukrainian or Russian title before a body in
/// the genitive speaks for the body; a local office speaks for the authority of the story's country; a registry body
/// that only describes a commentator ("a Russian military blogger") is no speaker of its own.
/// </summary>
public sealed class TitledSpeakerTests
{
    [Theory]
    [InlineData("Former deputy defence minister Ivan Petrenko said the front near Siversk was holding.", "Ivan Petrenko")]
    [InlineData("Колишній речник Генштабу ЗСУ Андрій Коваль вважає, що бої за Сіверськ триватимуть до весни.", "Андрій Коваль")]
    [InlineData("Бывший офицер Минобороны России Павел Орлов, ныне военный эксперт, рассказал, что резервов не хватает.", "Павел Орлов")]
    public void Process_FormerOfficeHolder_IsThePersonWithNoSide(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Null(statement.Side);
    }

    [Theory]
    [InlineData("Двоє людей дістали поранення, повідомив начальник Бериславської районної військової адміністрації.", "Бериславська районна військова адміністрація")]
    [InlineData("Как пояснил глава городской администрации, отопление вернут к вечеру.", "городская администрация")]
    [InlineData("По данным оперативного штаба области, за сутки выпущено 30 снарядов.", "оперативный штаб области")]
    [InlineData("Пожежу загасили до ранку, повідомили в обласній прокуратурі.", "обласна прокуратура")]
    public void Process_TitleBeforeABodyInTheGenitive_IsTheBodyInTheNominative(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("В Угрупованні об'єднаних сил спростували взяття Куп'янська. «Місто під нашим контролем», – наголосив речник угруповання.", "Joint Forces Grouping")]
    [InlineData("Речник Повітряних сил в ефірі телемарафону попередив, що атака може повторитися.", "Ukrainian Air Force")]
    public void Process_SpokespersonOfABody_SpeaksForIt(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.All(doc.Attributions, a => Assert.Equal(speaker, a.Speaker));
        Assert.NotEmpty(doc.Attributions);
    }

    [Theory]
    [InlineData("У Генштабі ЗСУ цю інформацію спростували.", "General Staff of the Armed Forces of Ukraine")]
    [InlineData("В Минобороны России эти данные опровергли.", "Ministry of Defence of the Russian Federation")]
    [InlineData("У міській раді заявили, що укриття відкриті цілодобово.", "міська рада")]
    public void Process_BodyInTheOpeningLocative_Speaks(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }

    [Fact]
    public void Process_PlaceInTheOpeningLocative_IsNoSpeaker()
    {
        var doc = Docs.Attributed("У Харкові заявили про нові обмеження руху.");

        Assert.Empty(doc.Attributions);
    }

    [Theory]
    [InlineData("Без світла залишилися 300 родин у Ніжині, повідомив міський голова Олександр Коваль.", "Ніжині", 699942L, "UA", "Олександр Коваль")]
    [InlineData("В Брянске повреждены два дома, уточнил мэр города Игорь Петров.", "Брянске", 571476L, "RU", "Игорь Петров")]
    [InlineData("Two houses were damaged in Bryansk, the city's mayor Igor Petrov explained.", "Bryansk", 571476L, "RU", "Igor Petrov")]
    [InlineData("В Брянске за сутки выпущено 20 снарядов, сообщил представитель регионального штаба Игорь Петров.", "Брянске", 571476L, "RU", "Игорь Петров")]
    public void Process_LocalOfficeHolder_SpeaksForTheStorysCountry(string text, string place, long id, string country, string speaker)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, place, id, place, country);
        new AttributionStage().Process(doc, CancellationToken.None);

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(country, statement.Side);
    }

    [Theory]
    [InlineData("A Russian military blogger claimed that the road to Lyman had been cut.", "Russian military blogger", "RU")]
    [InlineData("A Ukrainian military analyst said the assault groups were getting smaller.", "Ukrainian military analyst", "UA")]
    public void Process_BodyDescribingACommentator_IsTheCommentator(string text, string speaker, string side)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(side, statement.Side);
    }

    [Fact]
    public void Process_BodysSpokesman_StillSpeaksForTheBody()
    {
        var doc = Docs.Attributed("A Kremlin spokesman said there was no date for new talks.");

        Assert.Equal("Government of Russia", Assert.Single(doc.Attributions).Speaker);
    }
}
