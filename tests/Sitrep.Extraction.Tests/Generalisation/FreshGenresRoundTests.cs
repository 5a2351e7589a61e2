using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Generalisation;

/// <summary>
/// Rules of the round of six fresh genres (a regional story with residents, a think tank's daily assessment, a wire
/// roundup, a correction note, a charity's statement, a war correspondent's post): each with a twin that keeps the old
/// reading.
/// </summary>
public sealed class FreshGenresRoundTests
{
    // a named person with a local office in the appositive after the name speaks for the story's country

    [Theory]
    [InlineData("Two guided bombs hit a residential district of Kramatorsk, according to Vadym Lysenko, head of the city military administration.", "Kramatorsk", 704508L, "UA", "Vadym Lysenko")]
    [InlineData("Дрони атакували Краматорськ, повідомив Вадим Лисенко, начальник міської військової адміністрації.", "Краматорськ", 704508L, "UA", "Вадим Лисенко")]
    [InlineData("Беспилотники атаковали Белгород, сообщил Иван Петров, глава городской администрации.", "Белгород", 578072L, "RU", "Иван Петров")]
    [InlineData("Missiles struck the port of Odesa overnight, regional governor Oleh Pavliuk said on Telegram.", "Odesa", 698740L, "UA", "Oleh Pavliuk")]
    public void Process_PersonWithALocalOffice_SpeaksForTheStorysCountry(string text, string place, long id, string country, string speaker)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, place, id, place, country);
        new AttributionStage().Process(doc, CancellationToken.None);

        var statement = Assert.Single(doc.Attributions);
        Assert.StartsWith(speaker, statement.Speaker, StringComparison.Ordinal);
        Assert.Equal(country, statement.Side);
    }

    [Theory]
    [InlineData("\"There are no soldiers here,\" said Serhiy Marchenko, a retired miner from Kramatorsk.", "Kramatorsk", 704508L, "UA")]
    [InlineData("«Тут немає військових», — сказав Сергій Марченко, шахтар на пенсії з Краматорська.", "Краматорська", 704508L, "UA")]
    [InlineData("«Военных здесь нет», — сказал Сергей Марченко, шахтёр на пенсии из Белгорода.", "Белгорода", 578072L, "RU")]
    public void Process_PersonWithNoOffice_GetsNoSideFromTheStory(string text, string place, long id, string country)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, place, id, place, country);
        new AttributionStage().Process(doc, CancellationToken.None);

        var statement = Assert.Single(doc.Attributions);
        Assert.Null(statement.Side);
    }

    [Fact]
    public void Process_SurnameLater_KeepsTheSideTheOfficeGave()
    {
        var doc = Docs.Text("Bombs hit Kramatorsk, according to Vadym Lysenko, head of the city military administration.\n\nLysenko said 38 flats had been damaged.");
        Docs.Place(doc, "Kramatorsk", 704508L, "Kramatorsk", "UA");
        new AttributionStage().Process(doc, CancellationToken.None);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.Equal("UA", a.Side));
    }

    // "a milblogger" speaks like "a blogger"; an adverb of sequence between a speaker and its verb is skipped

    [Theory]
    [InlineData("A Russian milblogger claimed on March 13 that Russian forces had captured Zaliznychne.", "Russian milblogger")]
    [InlineData("The administration initially reported that the strike had hit a children's hospital.", "administration")]
    [InlineData("Адміністрація спочатку повідомила, що ракета влучила в лікарню.", "Адміністрація")]
    [InlineData("Администрация сначала сообщила, что ракета попала в больницу.", "Администрация")]
    public void Process_MilbloggerOrSpeakerWithASequenceAdverb_Speaks(string text, string speaker)
    {
        var statement = Assert.Single(Docs.Attributed(text).Attributions);

        Assert.Contains(speaker, statement.Speaker, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("The missile initially hit a children's hospital, then a college.")]
    [InlineData("Ракета спочатку влучила в лікарню.")]
    [InlineData("Ракета сначала попала в больницу.")]
    public void Process_SequenceAdverbWithNoVerbOfSaying_IsNoStatement(string text)
    {
        Assert.Empty(Docs.Attributed(text).Attributions);
    }

    // "called the claim false, saying ...": the denial and what the denier said instead

    [Theory]
    [InlineData("The Russian Defence Ministry said its troops had captured Kurylivka. Ukraine's Joint Forces Grouping called the statement false, saying that fighting for the village was still going on.", "Kurylivka")]
    [InlineData("Міноборони РФ заявило, що російські війська захопили Курилівку. Речниця Сил оборони півдня назвала заяву про Курилівку неправдивою, заявивши, що бої за село тривають.", "Курилівку")]
    [InlineData("Минобороны России заявило, что российские войска захватили Куриловку. В ВСУ назвали заявление о Куриловке ложным, заявив, что бои за село продолжаются.", "Куриловку")]
    public void Process_CalledFalseSayingMore_KeepsTheDenialAndTheSecondStatement(string text, string village)
    {
        var doc = Docs.Text(text, outlet: "Front Digest");
        Docs.Place(doc, village, 703610, "Kurylivka");

        var claims = Docs.ClaimsOf(doc);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Capture && c.Stance == Stance.Denies);
        var second = Assert.Single(claims, c => c.Kind == ClaimKind.Other);
        Assert.Equal(Stance.Asserts, second.Stance);
        Assert.Single(claims, c => c.Stance == Stance.Denies);
    }

    [Theory]
    [InlineData("The Russian Defence Ministry said its troops had captured Kurylivka. Ukraine's Joint Forces Grouping called the statement false.", "Kurylivka")]
    [InlineData("Міноборони РФ заявило, що російські війська захопили Курилівку. Речниця Сил оборони півдня назвала заяву про Курилівку неправдивою.", "Курилівку")]
    [InlineData("Минобороны России заявило, что российские войска захватили Куриловку. В ВСУ назвали заявление о Куриловке ложным.", "Куриловку")]
    public void Process_CalledFalseAlone_IsOnlyTheDenial(string text, string village)
    {
        var doc = Docs.Text(text, outlet: "Front Digest");
        Docs.Place(doc, village, 703610, "Kurylivka");

        var claims = Docs.ClaimsOf(doc);
        Assert.Single(claims, c => c.Stance == Stance.Denies);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Other);
    }

    // debris in the next sentence of the paragraph: what was shot down still hit

    [Theory]
    [InlineData("Air defences shot down six drones over Belgorod overnight. Debris fell on the roof of a warehouse.", "Belgorod", 1)]
    [InlineData("Уночі над Бєлгородом збили шість дронів. Уламки впали на дах складу.", "Бєлгородом", 1)]
    [InlineData("Ночью над Белгородом сбиты шесть беспилотников. Обломки упали на крышу склада.", "Белгородом", 1)]
    [InlineData("Air defences shot down six drones over Belgorod overnight.\n\nDebris of an old bridge was cleared in the spring.", "Belgorod", 0)]
    [InlineData("Уночі над Бєлгородом збили шість дронів. Вранці в місті працював транспорт.", "Бєлгородом", 0)]
    [InlineData("Ночью над Белгородом сбиты шесть беспилотников. Утром в городе работал транспорт.", "Белгородом", 0)]
    public void Process_DebrisOpeningTheNextSentence_MakesTheDowningAStrike(string text, string place, int events)
    {
        var doc = Docs.Text(text, published: new DateOnly(2026, 3, 14));
        Docs.Place(doc, place, 578072, "Belgorod", country: "RU");

        Assert.Equal(events, Docs.Through(doc, new AttributionStage(), new Sitrep.Extraction.Claims.ClaimsStage(), new EventsStage()).Events.Count);
    }
}
