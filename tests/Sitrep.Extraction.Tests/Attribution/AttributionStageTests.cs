using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

public sealed class AttributionStageTests
{
    [Theory]
    [InlineData("Russian forces attacked positions near Pokrovsk overnight, the 7th Rapid Response Corps said.", "7th Rapid Response Corps", SpeakerType.MilitaryUnit, "UA", "said")]
    [InlineData("Ukraine's General Staff said 152 combat engagements took place over the past day.", "General Staff of the Armed Forces of Ukraine", SpeakerType.Government, "UA", "said")]
    [InlineData("\"The northern part of the town remains under our control,\" said Oleksandr Syrskyi.", "Oleksandr Syrskyi", SpeakerType.Person, "UA", "said")]
    [InlineData("According to Russia's Defence Ministry, units of the Centre group of forces liberated the village.", "Ministry of Defence of the Russian Federation", SpeakerType.Government, "RU", "according to")]
    [InlineData("The Kremlin denied that talks had stalled.", "Government of Russia", SpeakerType.Government, "RU", "denied")]
    [InlineData("Moscow insisted its troops had taken the village.", "Government of Russia", SpeakerType.Government, "RU", "insisted")]
    [InlineData("The claim was reported by TASS on Sunday.", "TASS", SpeakerType.Agency, "RU", "was reported by")]
    [InlineData("Генштаб ЗСУ повідомив, що ворог 14 разів атакував позиції біля Куп'янська.", "General Staff of the Armed Forces of Ukraine", SpeakerType.Government, "UA", "повідомив")]
    [InlineData("Про це повідомив начальник Харківської ОВА Олег Синєгубов.", "Oleh Syniehubov", SpeakerType.Person, "UA", "повідомив")]
    [InlineData("Как сообщили в Минобороны России, подразделения группировки войск «Юг» отразили четыре атаки.", "Ministry of Defence of the Russian Federation", SpeakerType.Government, "RU", "как сообщили в")]
    [InlineData("По словам Дениса Пушилина, бои идут на окраинах города.", "Denis Pushilin", SpeakerType.Person, "RU", "по словам")]
    [InlineData("Major Ivan Petrenko, a company commander, said the bridge was hit twice.", "Major Ivan Petrenko", SpeakerType.Person, null, "said")]
    [InlineData("Russian troops reached the outskirts of Huliaipole, Ivan Fedorov was quoted by Ukrinform as saying.", "Ivan Fedorov", SpeakerType.Person, "UA", "was quoted by")]
    [InlineData("A Russian official who asked not to be named said Moscow expected to take the city.", "anonymous source", SpeakerType.Anonymous, "RU", "said")]
    [InlineData("По неподтвержденным данным, бои идут в центре Купянска, написал в своем Telegram-канале Денис Пушилин.", "Denis Pushilin", SpeakerType.Person, "RU", "написал")]
    [InlineData("Украинские военные это опровергли.", "Armed Forces of Ukraine", SpeakerType.MilitaryUnit, "UA", "опровергли")]
    [InlineData("Як повідомили у 3-му армійському корпусі, бої за село тривають.", "3rd Army Corps", SpeakerType.MilitaryUnit, "UA", "як повідомили у")]
    [InlineData("Міністерство оборони Росії заявило, що війська просунулися.", "Ministry of Defence of the Russian Federation", SpeakerType.Government, "RU", "заявило")]
    [InlineData("Уламки впали на подвір'я школи, повідомив сільський голова Іван Мельник.", "Іван Мельник", SpeakerType.Person, null, "повідомив")]
    [InlineData("Пожежу вже загасили, повідомила міська голова.", "міська голова", SpeakerType.Person, null, "повідомила")]
    [InlineData("Повреждены окна в трех домах, сообщил поселковый глава.", "поселковый глава", SpeakerType.Person, null, "сообщил")]
    [InlineData("Без світла залишилися понад дві тисячі абонентів, зазначили в обленерго.", "обленерго", SpeakerType.Agency, null, "зазначили")]
    [InlineData("Як повідомили в пресслужбі міської ради, загиблих немає.", "пресслужба міської ради", SpeakerType.Government, "UA", "як повідомили в")]
    public void Process_ReportingSentence_FindsSpeakerTypeSideAndVerb(string text, string speaker, SpeakerType type, string? side, string verb)
    {
        var doc = Docs.Attributed(text);

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, a.Speaker);
        Assert.Equal(type, a.SpeakerType);
        Assert.Equal(side, a.Side);
        Assert.Equal(verb, a.Verb);
        Assert.Equal(doc.Sentences[0].Span, a.Span);
    }

    [Theory]
    [InlineData("Syrskyi said on Telegram that the line held.", "telegram")]
    [InlineData("The ministry said in a statement that 40 drones were shot down.", "statement")]
    [InlineData("Peskov told reporters at a briefing that the talks would continue.", "briefing")]
    [InlineData("Zelensky said in a video address that the front was stable.", "video")]
    [InlineData("The 3rd Assault Brigade wrote on Facebook that it had repelled the assault.", "facebook")]
    [InlineData("Zelensky said on X that more air defence was needed.", "x")]
    [InlineData("Про це повідомили у телеграм-каналі 7 корпусу.", "telegram")]
    [InlineData("Пушилин написал в своем Telegram-канале, что бои продолжаются.", "telegram")]
    public void Process_ChannelNamed_SetsMedium(string text, string medium)
    {
        var a = Assert.Single(Docs.Attributed(text).Attributions);
        Assert.Equal(medium, a.Medium);
    }

    [Theory]
    [InlineData("Vladimir Saldo claimed that Russian troops control the island, a statement Kyiv has not addressed.")]
    [InlineData("Ukraine's General Staff dismissed the Russian statement about Siversk.")]
    public void Process_MediumWordOfSomeoneElse_NoMedium(string text)
    {
        Assert.Null(Assert.Single(Docs.Attributed(text).Attributions).Medium);
    }

    [Theory]
    [InlineData("Reuters, citing TASS, which quoted RIA Novosti, said the Russian Defence Ministry claimed the capture of Kurakhove.", new[] { "Al Jazeera", "Reuters", "TASS", "RIA Novosti" })]
    [InlineData("Citing the Ukrainian Air Force, Suspilne reported that 12 missiles were shot down.", new[] { "Al Jazeera", "Suspilne" })]
    public void Process_OutletsRelayingTheWords_ListedInVia(string text, string[] via)
    {
        var a = Assert.Single(Docs.Attributed(text, outlet: "Al Jazeera").Attributions);
        Assert.Equal(via, a.Via);
        Assert.DoesNotContain(a.Speaker, via);
    }

    [Fact]
    public void Process_PronounTwoSentencesAfterPersonNamedWithoutCue_ResolvesToThatPerson()
    {
        var doc = Docs.Attributed("Oleksandr Syrskyi visited brigades near Pokrovsk on Sunday. The visit lasted several hours. He said the northern part of the city is held.");

        var a = Assert.Single(doc.Attributions);
        Assert.Equal("Oleksandr Syrskyi", a.Speaker);
        Assert.Equal(doc.Sentences[2].Span, a.Span);
    }

    [Fact]
    public void Process_ChainOfThreeOutlets_ListsViaNearestFirst()
    {
        var doc = Docs.Attributed(
            "News.Az reports, citing Al Jazeera, that the 7th Rapid Response Corps said on Telegram that Russian assaults near Pokrovsk were repelled.",
            outlet: "Caspian Daily");

        var a = Assert.Single(doc.Attributions);
        Assert.Equal("7th Rapid Response Corps", a.Speaker);
        Assert.Equal("telegram", a.Medium);
        Assert.Equal(["Caspian Daily", "News.Az", "Al Jazeera"], a.Via);
        Assert.Equal("7th Rapid Response Corps", doc.Slice(a.SpeakerSpan!.Value));
    }

    [Fact]
    public void Process_OutletCitingOutletLead_RelaysLaterStatements()
    {
        var doc = Docs.Attributed(
            "News.Az reports, citing Reuters, that fighting flared overnight.\n\nThe 93rd Mechanized Brigade said its positions were shelled 30 times.",
            outlet: "News.Az");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal("Reuters", doc.Attributions[0].Speaker);
        Assert.Equal(["News.Az"], doc.Attributions[0].Via);
        Assert.Equal("93rd Mechanized Brigade Kholodnyi Yar", doc.Attributions[1].Speaker);
        Assert.Equal(["News.Az", "Reuters"], doc.Attributions[1].Via);
    }

    [Theory]
    [InlineData("A source in the General Staff told Reuters that the brigade had pulled back.", "Reuters")]
    [InlineData("Two officials who declined to be named said the village had been lost.", null)]
    [InlineData("Russian troops entered the outskirts, according to a source familiar with the matter.", null)]
    [InlineData("За словами джерела в ЗСУ, ворог просунувся на 2 км.", null)]
    public void Process_AnonymousSource_IsAnonymous(string text, string? via)
    {
        var a = Assert.Single(Docs.Attributed(text).Attributions);
        Assert.Equal(SpeakerType.Anonymous, a.SpeakerType);
        if (via is not null)
        {
            Assert.Contains(via, a.Via);
        }
    }

    [Fact]
    public void Process_PronounTwoSentencesLater_ResolvesToEarlierPerson()
    {
        var doc = Docs.Attributed(
            "Oleksandr Syrskyi said the situation near Kupiansk was difficult. Fighting continued through the night. He added that reinforcements had arrived.");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal("Oleksandr Syrskyi", doc.Attributions[1].Speaker);
        Assert.Equal(doc.Sentences[2].Span, doc.Attributions[1].Span);
    }

    [Theory]
    [InlineData("The 7th Rapid Response Corps said the attack was repelled. The corps added that two drones were downed.", "7th Rapid Response Corps")]
    [InlineData("Vadym Filashkin said two people were wounded in Kramatorsk. Filashkin added that residents should leave.", "Vadym Filashkin")]
    [InlineData("Colonel Petro Marchenko said the road was under fire. Marchenko said supplies were still getting through.", "Colonel Petro Marchenko")]
    [InlineData("Russia's Defence Ministry said its forces had advanced. The ministry did not give details, but it said 12 drones were destroyed.", "Ministry of Defence of the Russian Federation")]
    public void Process_BackReference_ResolvesToEarlierSpeaker(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(speaker, doc.Attributions[1].Speaker);
    }

    [Fact]
    public void Process_QuoteSpanningParagraphs_AttributesEveryParagraph()
    {
        var doc = Docs.Attributed(
            "Brigade commander Andriy Koval said: \"We are holding the northern part of the town.\n\n\"The enemy has lost dozens of vehicles on the approaches.\n\n\"We need more drones.\"\n\nMeanwhile, heavy rain fell in Kyiv.");

        Assert.Equal(3, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.Equal("Andriy Koval", a.Speaker));
        Assert.DoesNotContain(doc.Attributions, a => doc.Slice(a.Span).Contains("rain", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_QuoteBeforeCue_AttributesOpeningSentence()
    {
        var doc = Docs.Attributed("\"We hold the line. The enemy lost 40 vehicles,\" Syrskyi said.");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.Equal("Oleksandr Syrskyi", a.Speaker));
    }

    [Theory]
    [InlineData("Russia's Defence Ministry said its forces captured Kupiansk. Reuters could not independently verify the claim.", "could not independently verify")]
    [InlineData("The corps reportedly withdrew from the village, Ukrainska Pravda said.", "reportedly")]
    [InlineData("Пушилин заявил, что город якобы полностью взят.", "якобы")]
    public void Process_VerificationHedge_IsKept(string text, string hedge)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(hedge, doc.Attributions[0].Hedge);
    }

    [Theory]
    [InlineData("Heavy fighting continued near Pokrovsk on Tuesday.")]
    [InlineData("\"We said we would hold,\" reads a banner over the road.")]
    [InlineData("It said nothing.")]
    public void Process_NoReportingCue_NoAttribution(string text)
    {
        Assert.Empty(Docs.Attributed(text).Attributions);
    }

    [Fact]
    public void Process_EverySpeakerSpan_PointsAtTheName()
    {
        var doc = Docs.Attributed("Ukraine's Air Force spokesman Yurii Ihnat said 25 of 30 drones were shot down.");

        var a = Assert.Single(doc.Attributions);
        Assert.Equal("Yurii Ihnat", a.Speaker);
        Assert.Equal("Yurii Ihnat", doc.Slice(a.SpeakerSpan!.Value));
        Assert.Equal("UA", a.Side);
    }

    [Fact]
    public void Process_TitleUnitAndName_PersonSpeaksWithUnitSide()
    {
        var a = Assert.Single(Docs.Attributed("За словами речника 7 корпусу Павла Мельника, окупанти не змогли просунутися.").Attributions);

        Assert.Equal("Павла Мельника", a.Speaker);
        Assert.Equal(SpeakerType.Person, a.SpeakerType);
        Assert.Equal("UA", a.Side);
    }

    [Fact]
    public void Process_InflectedBackReference_ResolvesToEarlierBody()
    {
        var doc = Docs.Attributed("Генштаб ЗСУ повідомив про 120 боїв за добу. Це неправда, зазначили в Генштабі щодо заяв Москви.");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal("General Staff of the Armed Forces of Ukraine", doc.Attributions[1].Speaker);
    }

    [Theory]
    [InlineData("По данным Минобороны России, ВСУ потеряли до 450 военнослужащих.\nКроме того, сбиты 120 беспилотников.")]
    [InlineData("Ukraine's General Staff said 150 clashes took place. Also, 40 drones were shot down overnight.")]
    public void Process_ReportGoesOnWithAlso_SameSpeaker(string text)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(doc.Attributions[0].Speaker, doc.Attributions[1].Speaker);
    }

    [Fact]
    public void Process_TwoSpeakersInOneSentence_TwoClauseAttributions()
    {
        var doc = Docs.Attributed("Moscow claims its troops took the village, but Kyiv says fighting continues there.");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(("RU", "UA"), (doc.Attributions[0].Side, doc.Attributions[1].Side));
        Assert.Equal("Moscow claims its troops took the village", doc.Slice(doc.Attributions[0].Span));
    }

    [Theory]
    [InlineData("Як повідомили в Генштабі, ворог атакував 12 разів.", "UA")]
    [InlineData("Как сообщили в Генштабе, противник атаковал 12 раз.", null)]
    public void Process_UnqualifiedBodyInUkrainian_IsUkraines(string text, string? side)
    {
        var a = Assert.Single(Docs.Attributed(text).Attributions);
        Assert.Equal(SpeakerType.Government, a.SpeakerType);
        Assert.Equal(side, a.Side);
    }
}
