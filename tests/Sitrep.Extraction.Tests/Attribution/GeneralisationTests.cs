using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// Ways of introducing a speaker that follow from grammar rather than from one phrasing: a verb in any gender and
/// number, a speaker quoted before an appositive, an outlet told before the one who told it, an outlet relaying what
/// the next sentence says someone else announced, speakers described by what they know, and a statement posted by a body.
/// </summary>
public sealed class GeneralisationTests
{
    [Theory]
    [InlineData("Міністерство оборони Росії оголосило про взяття Дружківки під контроль.", "Ministry of Defence of the Russian Federation")]
    [InlineData("Генштаб ЗСУ оголосив про завершення операції біля Лимана.", "General Staff of the Armed Forces of Ukraine")]
    [InlineData("Минобороны России накануне сообщало о боях за Северск.", "Ministry of Defence of the Russian Federation")]
    [InlineData("Генштаб ВСУ писал о двенадцати атаках у Торецка.", "General Staff of the Armed Forces of Ukraine")]
    public void Process_ReportingVerbInAnotherGenderOrTense_IsAReportingVerb(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("заявив", "заявило")]
    [InlineData("заявив", "заявила")]
    [InlineData("сообщал", "сообщало")]
    [InlineData("спростував", "спростувало")]
    [InlineData("розповів", "розповіло")]
    public void WithAllPastForms_MasculinePast_GivesTheOtherGendersAndNumbers(string listed, string other)
    {
        Assert.Contains(other, ReportingCues.WithAllPastForms([listed]));
    }

    [Theory]
    [InlineData("повідомляє")]
    [InlineData("переконаний")]
    [InlineData("отрицают")]
    public void WithAllPastForms_PresentOrAdjective_IsKeptAlone(string listed)
    {
        Assert.Equal([listed], ReportingCues.WithAllPastForms([listed]));
    }

    [Theory]
    [InlineData("Russia's Defence Ministry, quoted by the state news agency TASS, said its troops had entered Siversk.", "Ministry of Defence of the Russian Federation", "TASS")]
    [InlineData("Ukraine's General Staff, quoted by Ukrinform, said its units had repelled 14 attacks near Lyman.", "General Staff of the Armed Forces of Ukraine", "Ukrinform")]
    public void Process_QuotedBeforeAnAppositive_SaysTheWordsAfterTheVerb(string text, string speaker, string quoter)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal(["Test Wire", quoter], statement.Via);
        Assert.Equal(doc.Text.TrimEnd('\n'), doc.Slice(statement.Span).TrimEnd('\n'));
    }

    [Theory]
    [InlineData("«Противник пытался прорваться к Лиману, все попытки отбиты», — заявил агентству Интерфакс-Украина представитель Сил обороны юга.", "Defence Forces of the South of Ukraine", "Interfax-Ukraine")]
    [InlineData("«Ворог намагався прорватися до Лимана, усі спроби відбито», – розповів агентству Укрінформ речник Сил оборони півдня.", "Defence Forces of the South of Ukraine", "Ukrinform")]
    public void Process_OutletToldBeforeTheSpeaker_IsTheListener(string text, string speaker, string listener)
    {
        var doc = Docs.Attributed(text, outlet: "Тестове видання");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Contains(listener, statement.Via);
    }

    [Theory]
    [InlineData("Как передает ТАСС, ночью над Курской областью сбиты 12 беспилотников. Об этом говорится в сообщении Минобороны России.", "Ministry of Defence of the Russian Federation", "TASS")]
    [InlineData("Як передає Укрінформ, уночі над Сумщиною збито 12 дронів. Про це йдеться у повідомленні Генштабу ЗСУ.", "General Staff of the Armed Forces of Ukraine", "Ukrinform")]
    public void Process_OutletRelayThenPointingBack_IsTheNamedSourceViaTheOutlet(string text, string speaker, string outlet)
    {
        var doc = Docs.Attributed(text, outlet: "Тестове видання");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Contains(outlet, statement.Via);
    }

    [Theory]
    [InlineData("Two Ukrainian officials familiar with the fighting said Russian commanders had moved reserves towards Lyman.", "UA")]
    [InlineData("People briefed on the talks said the draft had been changed twice.", null)]
    public void Process_SpeakersDescribedByWhatTheyKnow_AreAnonymous(string text, string? side)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(SpeakerType.Anonymous, statement.SpeakerType);
        Assert.Equal(side, statement.Side);
    }

    [Fact]
    public void Process_AccordingToAStatementPostedByABody_IsThatBody()
    {
        var doc = Docs.Attributed("A drone hit a warehouse in Kherson on Monday, according to a statement posted by the Kherson regional police on Facebook.");

        Assert.Equal("Kherson regional police", Assert.Single(doc.Attributions).Speaker);
    }

    [Fact]
    public void Process_RussianNameOfARegionalMilitaryAdministration_IsTheRegistryBody()
    {
        var doc = Docs.Attributed("Глава Харьковской областной военной администрации написал в телеграме, что в Изюме ранены двое.");

        Assert.Equal("Kharkiv Regional Military Administration", Assert.Single(doc.Attributions).Speaker);
    }
}

/// <summary>
/// Speakers named by what they do ("volunteers said", "a volunteer coordinator said", "за даними волонтерів"), a side's
/// adjective before a body both sides have ("по данным украинского Генштаба"), and a region's head by the region
/// ("Глава Курской области сообщил").
/// </summary>
public sealed class GenericSpeakerTests
{
    [Theory]
    [InlineData("More than 200 people left the border villages this week, volunteers said.", "volunteers")]
    [InlineData("Evacuation buses will run until Friday, a volunteer coordinator said.", "volunteer coordinator")]
    [InlineData("Aid groups say the road to the villages is under constant drone fire.", "Aid groups")]
    [InlineData("За даними волонтерів, із прикордонних сіл виїхали понад 200 людей.", "волонтер")]
    [InlineData("По словам спасателей, пожар на складе потушен к утру.", "спасател")]
    public void Process_PeopleNamedByWhatTheyDo_Speak(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions);
        Assert.StartsWith(speaker, statement.Speaker, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SpeakerType.Person, statement.SpeakerType);
    }

    [Theory]
    [InlineData("По данным украинского Генштаба, у Лимана отбиты шесть атак.", "General Staff of the Armed Forces of Ukraine")]
    [InlineData("За даними російського Генштабу, біля Куп'янська тривають бої.", "General Staff of the Russian Armed Forces")]
    public void Process_SideAdjectiveBeforeTheGeneralStaff_PicksThatSidesStaff(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }

    [Fact]
    public void Process_HeadOfARegion_IsItsGovernor()
    {
        var doc = Docs.Attributed("Глава Курской области сообщил, что в Судже повреждены два дома.");

        Assert.Equal("Governor of Kursk region", Assert.Single(doc.Attributions).Speaker);
    }
}

/// <summary>
/// Calling a statement false denies it; someone unnamed inside a body is an anonymous source with the body's side; a
/// side's adjective before a ministry both sides have picks that side's ministry; a bare "Air Force" is Ukraine's.
/// </summary>
public sealed class CallingFalseAndInsideSourceTests
{
    [Theory]
    [InlineData("Минобороны России заявило о взятии Ивановки. В ОСУВ «Хортица» это назвали фейком.", "назвали")]
    [InlineData("Міноборони Росії заявило про взяття Іванівки. Речниця Сил оборони півдня назвала заяву про Іванівку неправдивою.", "назвала")]
    [InlineData("Russia's Defence Ministry said it had taken Ivanivka. Ukraine's General Staff called the claim false.", "called")]
    public void Process_CallingAStatementFalse_IsADenial(string text, string verb)
    {
        var doc = Docs.Attributed(text);

        var denial = Assert.Single(doc.Attributions, a => a.Verb == verb);
        Assert.NotEqual("Ministry of Defence of the Russian Federation", denial.Speaker);
    }

    [Fact]
    public void Process_CalledWithoutFalsity_IsNoStatement()
    {
        var doc = Docs.Attributed("Residents called the fire brigade after the explosion.");

        Assert.Empty(doc.Attributions);
    }

    [Theory]
    [InlineData("Джерело в Генштабі ЗСУ, яке побажало залишитися неназваним, розповіло, що росіяни перекидають резерви до Лимана.", "UA")]
    [InlineData("Источник в Минобороны России, пожелавший остаться неназванным, рассказал, что резервы переброшены под Лиман.", "RU")]
    public void Process_UnnamedSourceInsideABody_IsAnonymousWithTheBodysSide(string text, string side)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(SpeakerType.Anonymous, statement.SpeakerType);
        Assert.Equal(side, statement.Side);
    }

    [Theory]
    [InlineData("Російське Міноборони оголосило про захоплення Іванівки.", "Ministry of Defence of the Russian Federation")]
    [InlineData("Of the 40 drones launched overnight, 31 were shot down, the Air Force said.", "Ukrainian Air Force")]
    public void Process_SideAdjectiveOrBareAirForce_IsThatSidesBody(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }
}

/// <summary>
/// A relative or participial clause between a subject and its verb keeps the subject as the speaker; a name after a
/// preposition before the verb is an object, not the speaker.
/// </summary>
public sealed class ClauseAndTitleTests
{
    [Fact]
    public void Process_RelativeClauseBeforeTheVerb_TheWordsAfterTheVerbDoNotSpeak()
    {
        var doc = Docs.Attributed("A Ukrainian officer serving near Pokrovsk, who asked not to be named, said Russian units had entered the northern outskirts.");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(SpeakerType.Anonymous, statement.SpeakerType);
        Assert.Equal("UA", statement.Side);
    }

    [Fact]
    public void Process_NamedSubjectBeforeARelativeClause_Speaks()
    {
        var doc = Docs.Attributed("Ukraine's General Staff, which publishes a summary every morning, said Russian troops had attacked Lyman 14 times.");

        Assert.Equal("General Staff of the Armed Forces of Ukraine", Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("Удар по Гуляйполю підтвердив офіцер 102-ї бригади Максим Гордієнко.", "Гуляйполю")]
    [InlineData("Атаку на Курск подтвердил губернатор Курской области.", "Курск")]
    public void Process_NameAfterAPreposition_IsNoSpeaker(string text, string place)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions);
        Assert.DoesNotContain(place, statement.Speaker, StringComparison.Ordinal);
    }
}

/// <summary>"posted by", "issued by", "released by" name a speaker only after a statement noun.</summary>
public sealed class PostedByTests
{
    [Fact]
    public void Process_PicturesReleasedByABody_AreNoStatement()
    {
        var doc = Docs.Attributed("Photographs released by the State Emergency Service showed a crater in a courtyard in Zaporizhzhia.");

        Assert.Empty(doc.Attributions);
    }
}

/// <summary>A phrase naming the medium between speaker and verb ("в коментарі нашому виданню", "в своем телеграм-канале").</summary>
public sealed class MediumGapTests
{
    [Theory]
    [InlineData("Повітряні сили в коментарі нашому виданню повідомили, що збито 12 дронів.", "Ukrainian Air Force")]
    [InlineData("Минобороны России в своем телеграм-канале сообщило, что сбиты 12 дронов.", "Ministry of Defence of the Russian Federation")]
    public void Process_MediumPhraseBetweenSpeakerAndVerb_KeepsTheSpeaker(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }
}
