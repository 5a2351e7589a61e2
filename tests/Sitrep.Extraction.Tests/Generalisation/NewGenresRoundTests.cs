using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Tests.Support;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Tests.Generalisation;

/// <summary>
/// Rules of the round of six new genres (a wire story with nested citations, a Defence Ministry summary, a General Staff
/// morning summary, a local outlet quoting a governor's channel, a brigade's post, an explainer with hypotheticals):
/// each with a twin that keeps the old reading.
/// </summary>
public sealed class NewGenresRoundTests
{
    private const long Kostiantynivka = 705104;
    private const long Kyiv = 703448;
    private const long Sumy = 692194;
    private const long Zatyshshia = 687560;
    private const long Chasiv = 710915;

    // a body both armies name alike: the enemy's failed attack tells whose body it is

    [Theory]
    [InlineData("Interfax-Ukraine, citing a spokesperson for the Eastern Group of Forces, reported that Russian infantry had tried to break through to Kostiantynivka.")]
    [InlineData("The Eastern Group of Forces said its units repelled a Russian assault near Siversk.")]
    public void Process_TwinBodyTellingTheRussiansAttack_IsUkrainesBody(string text)
    {
        var statement = Assert.Single(Docs.Through(Docs.Text(text), new AttributionStage()).Attributions);

        Assert.Equal("Eastern Group of Forces of Ukraine", statement.Speaker);
        Assert.Equal("UA", statement.Side);
    }

    [Fact]
    public void Process_TwinBodyTellingTheUkrainiansAttack_StaysRussias()
    {
        var statement = Assert.Single(Docs.Through(Docs.Text("The Eastern group of forces said Ukrainian units had tried to break through near Velykomykhailivka."), new AttributionStage()).Attributions);

        Assert.Equal("RU", statement.Side);
    }

    // "TASS, quoting X, said": X speaks

    [Theory]
    [InlineData("TASS, quoting Alexei Kulagin, the Russian-installed mayor of Donetsk, said Ukrainian shelling had damaged a school.", "RU")]
    [InlineData("Reuters, quoting Oksana Hrytsenko, said the shelling had damaged a school.", null)]
    public void Process_OutletQuotingAPerson_ThePersonSpeaks(string text, string? side)
    {
        var doc = Docs.Through(Docs.Text("Ukraine's Air Force said it shot down 20 drones.\n\n" + text, outlet: "Northgate"), new AttributionStage());
        var statement = Assert.Single(doc.Attributions, a => TextOf(doc, a).Contains("school", StringComparison.Ordinal));

        Assert.StartsWith(text.Contains("Kulagin", StringComparison.Ordinal) ? "Alexei Kulagin" : "Oksana Hrytsenko", statement.Speaker, StringComparison.Ordinal);
        Assert.Contains(text.StartsWith("TASS", StringComparison.Ordinal) ? "TASS" : "Reuters", statement.Via);
        Assert.DoesNotContain(statement.Speaker, statement.Via);
        if (side is not null)
        {
            Assert.Equal(side, statement.Side);
        }
    }

    [Fact]
    public void Process_OutletCitingAnOutlet_StillRelays()
    {
        var statement = Assert.Single(Docs.Through(Docs.Text("Reuters, citing TASS, said the Russian Defence Ministry claimed the capture of Kurakhove.", outlet: "Northgate"), new AttributionStage()).Attributions);

        Assert.Equal("Ministry of Defence of the Russian Federation", statement.Speaker);
        Assert.Contains("TASS", statement.Via);
    }

    // "the agency" is the agency cited last

    [Fact]
    public void Process_TheAgency_IsTheOneCitedLast()
    {
        const string text = "Drones struck a depot in Druzhkivka overnight, Ukrinform reported, citing the regional military administration.\n\n"
            + "Interfax-Ukraine, citing a spokesperson for the 3rd Army Corps, reported that the corps had held its positions.\n\n"
            + "\"They come in small groups,\" the spokesperson told the agency.";
        var doc = Docs.Through(Docs.Text(text, outlet: "Northgate"), new AttributionStage());

        var quote = Assert.Single(doc.Attributions, a => TextOf(doc, a).Contains("small groups", StringComparison.Ordinal));
        Assert.Contains("Interfax-Ukraine", quote.Via);
        Assert.DoesNotContain("Ukrinform", quote.Via);
    }

    // a body named with the area it serves, in the genitive, before the verb

    [Theory]
    [InlineData("Оперативный штаб региона уточнил, что в городе временно отключено газоснабжение.", "Оперативный штаб региона")]
    [InlineData("Оперативний штаб області уточнив, що в місті тимчасово відключено газопостачання.", "Оперативний штаб області")]
    public void Process_BodyWithItsAreaBeforeTheVerb_Speaks(string text, string speaker)
    {
        var statement = Assert.Single(Docs.Through(Docs.Text(text), new AttributionStage()).Attributions);

        Assert.Equal(speaker, statement.Speaker, ignoreCase: true);
    }

    [Fact]
    public void Process_AreaWordInTheStatement_IsNoSpeaker()
    {
        var statement = Assert.Single(Docs.Through(Docs.Text("Газоснабжение района восстановлено, сообщил губернатор Белгородской области."), new AttributionStage()).Attributions);

        Assert.DoesNotContain("района", statement.Speaker, StringComparison.Ordinal);
    }

    // a try to break through with words between the verb and the infinitive

    [Theory]
    [InlineData("The corps said Russian infantry had tried overnight to break through to Kostiantynivka.", "Kostiantynivka")]
    [InlineData("У корпусі повідомили, що противник намагався під прикриттям дощу просочитися до Костянтинівки.", "Костянтинівки")]
    [InlineData("В корпусе сообщили, что противник пытался под прикрытием дождя прорваться к Константиновке.", "Константиновке")]
    public void Process_TryWithWordsBeforeTheInfinitive_IsARepelledAttack(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Front Wire");
        Docs.Place(doc, town, Kostiantynivka, "Kostiantynivka");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Repelled && c.Place?.GeonameId == Kostiantynivka);
    }

    [Theory]
    [InlineData("The corps said Russian troops broke through to Kostiantynivka.", "Kostiantynivka")]
    [InlineData("У корпусі повідомили, що противник прорвався до Костянтинівки.", "Костянтинівки")]
    public void Process_BreakThroughDone_IsNoRepelledAttack(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Front Wire");
        Docs.Place(doc, town, Kostiantynivka, "Kostiantynivka");

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Repelled);
    }

    [Theory]
    [InlineData("Russian infantry tried overnight to break through to Kostiantynivka, the corps said.", "Kostiantynivka")]
    [InlineData("Наші воїни зупинили 42 спроби противника просунутися в районі Костянтинівки.", "Костянтинівки")]
    public void Process_TryToAdvanceWithWordsBetween_IsAClash(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Front Wire", published: new DateOnly(2026, 3, 3));
        Docs.Place(doc, town, Kostiantynivka, "Kostiantynivka");

        Assert.Contains(Docs.EventsOf(doc), e => e.Subtype == "armed_clash");
    }

    [Theory]
    [InlineData("Часів Яр: ще одна спроба штурму зірвана", "Часів Яр")]
    [InlineData("Часов Яр: очередная попытка штурма сорвана", "Часов Яр")]
    public void Process_AssaultFoiled_IsARepelledAttack(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "24 ОМБр");
        Docs.Place(doc, town, Chasiv, "Chasiv Yar");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Repelled);
    }

    [Theory]
    [InlineData("Група з п'яти окупантів потрапила під вогонь наших мінометників біля Часового Яру, повідомили в бригаді.", "Часового Яру")]
    [InlineData("Группа из пяти военных попала под огонь минометчиков у Часова Яра, сообщили в бригаде.", "Часова Яра")]
    public void Process_GroupUnderFire_IsAStrike(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Front Wire");
        Docs.Place(doc, town, Chasiv, "Chasiv Yar");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }

    // a hypothetical: a goal opening the sentence, and a verb joined to a modal one

    [Theory]
    [InlineData("\"To encircle Kostiantynivka they would need to cross the canal and take the heights north of it,\" said Taras Hnatiuk, an analyst.")]
    [InlineData("\"Щоб оточити Костянтинівку, їм треба перейти канал і захопити висоти\", - сказав аналітик Тарас Гнатюк.")]
    [InlineData("\"Чтобы окружить Константиновку, им нужно перейти канал и захватить высоты\", - сказал аналитик Тарас Гнатюк.")]
    public void Process_HypotheticalEncirclement_IsNoEncirclementNorCapture(string text)
    {
        var doc = Docs.Text(text, outlet: "Frontline Ledger");
        Docs.Place(doc, text.Contains("Kostiantynivka", StringComparison.Ordinal) ? "Kostiantynivka" : text.Contains("Костянтинівку", StringComparison.Ordinal) ? "Костянтинівку" : "Константиновку", Kostiantynivka, "Kostiantynivka");

        var claims = Docs.ClaimsOf(doc);

        Assert.DoesNotContain(claims, c => c.Kind is ClaimKind.Encirclement or ClaimKind.Capture);
    }

    [Theory]
    [InlineData("They would need to cross the canal and take Kostiantynivka.", "take", true)]
    [InlineData("\"To encircle Kostiantynivka they would need more men.\"", "encircle", true)]
    [InlineData("Russian troops crossed the canal and took the heights.", "took", false)]
    [InlineData("To the south, drones struck the depot.", "struck", false)]
    public void Unreal_VerbJoinedToAModalOrAGoalOpeningTheSentence(string sentence, string word, bool unreal)
    {
        var document = new Document(sentence, new DocumentMetadata());
        new TextStage().Process(document, CancellationToken.None);
        var tokens = document.Tokens.ToArray();
        var at = Array.FindIndex(tokens, t => sentence.AsSpan(t.Start, t.End - t.Start).StartsWith(word, StringComparison.Ordinal));

        Assert.Equal(unreal, Sitrep.Extraction.Matching.ClauseMood.Unreal(sentence, tokens, at, at + 1, 0, tokens.Length));
    }

    [Fact]
    public void Process_EncirclementDone_StaysAnEncirclement()
    {
        var doc = Docs.Text("Russian forces encircled Kostiantynivka and took the heights north of it, the ministry said.", outlet: "Frontline Ledger");
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Encirclement);
    }

    // an attack word told as possible leaves a strike in another clause

    [Theory]
    [InlineData("The governor said Russia could attack Sumy again, but overnight drones struck a depot in Sumy.", "Sumy")]
    [InlineData("Губернатор сказав, що росіяни можуть повторити атаку, але вночі дрони атакували депо в Сумах.", "Сумах")]
    [InlineData("Губернатор сказал, что русские могут повторить атаку, но ночью дроны атаковали депо в Сумах.", "Сумах")]
    public void Process_PossibleAttackInAnotherClause_LeavesTheStrike(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Sumy Today");
        Docs.Place(doc, town, Sumy, "Sumy", featureCode: "PPLA");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }

    [Theory]
    [InlineData("The governor said Russia could attack Sumy with drones again.", "Sumy")]
    [InlineData("Губернатор сказав, що росіяни можуть атакувати Суми дронами.", "Суми")]
    public void Process_PossibleAttackInTheSameClause_IsNoStrike(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Sumy Today");
        Docs.Place(doc, town, Sumy, "Sumy", featureCode: "PPLA");

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }

    // drones that watch a road strike nothing

    [Theory]
    [InlineData("Troops are supplied over field tracks that drones already watch, the corps said.")]
    [InlineData("Постачання йде польовими дорогами, за якими дрони постійно стежать, повідомили в корпусі.")]
    [InlineData("Снабжение идет по полевым дорогам, за которыми дроны постоянно следят, сообщили в корпусе.")]
    public void Process_DronesThatWatch_AreNoStrike(string text)
    {
        var doc = Docs.Text(text + " Kostiantynivka is near.", outlet: "Front Wire", published: new DateOnly(2026, 3, 9));
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka");

        Assert.DoesNotContain(Docs.EventsOf(doc), e => e.Type == "explosions_remote_violence");
    }

    [Fact]
    public void Process_DronesThatHit_AreAStrike()
    {
        var doc = Docs.Text("Drones hit a convoy on the field tracks near Kostiantynivka, the corps said.", outlet: "Front Wire", published: new DateOnly(2026, 3, 9));
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka");

        Assert.Contains(Docs.EventsOf(doc), e => e.Type == "explosions_remote_violence");
    }

    // "the city military administration" is the story's city, not a capital named in the paragraph before

    [Fact]
    public void Process_CityAdministrationAfterACapitalInThePreviousParagraph_IsTheStorysCity()
    {
        const string text = "Kostiantynivka has been shelled for months. \"They will not take it,\" said an analyst at a Kyiv think tank.\n\n"
            + "On Saturday, glide bombs hit the central market, killing two people, the city military administration said.";
        var doc = Docs.Text(text, outlet: "Frontline Ledger");
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka");
        Docs.Place(doc, "Kyiv", Kyiv, "Kyiv", featureCode: "PPLC");

        var statement = Assert.Single(Docs.Through(doc, new AttributionStage()).Attributions, a => TextOf(doc, a).Contains("market", StringComparison.Ordinal));

        Assert.StartsWith("Kostiantynivka", statement.Speaker, StringComparison.Ordinal);
    }

    [Fact]
    public void Process_CityAdministrationAfterACityInItsParagraph_IsThatCity()
    {
        const string text = "Kostiantynivka has been shelled for months.\n\nGlide bombs hit a market in Kyiv, killing two people, the city military administration said.";
        var doc = Docs.Text(text, outlet: "Frontline Ledger");
        Docs.Place(doc, "Kostiantynivka", Kostiantynivka, "Kostiantynivka");
        Docs.Place(doc, "Kyiv", Kyiv, "Kyiv", featureCode: "PPLC");

        var statement = Assert.Single(Docs.Through(doc, new AttributionStage()).Attributions);

        Assert.StartsWith("Kyiv", statement.Speaker, StringComparison.Ordinal);
    }

    // a summary's total is at no settlement of the section before it

    [Theory]
    [InlineData("На Гуляйпільському напрямку противник здійснив дев'ять атак біля Затишшя.\n\nЗагалом минулої доби втрати противника становили 1 020 осіб.", "Затишшя")]
    [InlineData("На Гуляйпольском направлении противник атаковал у Затишья.\n\nВсего за сутки потери противника составили до 1 020 военнослужащих.", "Затишья")]
    [InlineData("In the Huliaipole direction, the enemy attacked near Zatyshshia.\n\nIn total, the enemy lost 1,020 soldiers over the past day.", "Zatyshshia")]
    public void Process_SummaryTotal_TakesNoPlace(string text, string village)
    {
        var doc = Docs.Text("Генеральний штаб ЗСУ\n\n" + text, outlet: "Генеральний штаб ЗСУ");
        Docs.Place(doc, village, Zatyshshia, "Zatyshshia");

        var losses = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.Null(losses.Place);
    }

    [Fact]
    public void Process_LossesAfterAStrikeStory_TakeItsPlace()
    {
        var doc = Docs.Text("Russian drones struck Zatyshshia overnight, the corps said.\n\nThe enemy lost 12 soldiers there, the corps said.", outlet: "Front Wire");
        Docs.Place(doc, "Zatyshshia", Zatyshshia, "Zatyshshia");

        var losses = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.Equal(Zatyshshia, losses.Place?.GeonameId);
    }

    // artillery counted among a day's losses is no shelling

    [Theory]
    [InlineData("Біля Затишшя минулої доби втрати противника становили 120 осіб та одну артилерійську систему.")]
    [InlineData("У Затишья за сутки противник потерял до 120 военнослужащих и артиллерийскую систему.")]
    public void Process_ArtillerySystemAmongLosses_IsNoShelling(string text)
    {
        var doc = Docs.Text(text, outlet: "Генеральний штаб ЗСУ", published: new DateOnly(2026, 3, 6));
        Docs.Place(doc, text.Contains("Затишшя", StringComparison.Ordinal) ? "Затишшя" : "Затишья", Zatyshshia, "Zatyshshia");

        Assert.DoesNotContain(Docs.EventsOf(doc), e => e.Subtype == "shelling_artillery_missile_attack");
    }

    [Fact]
    public void Process_ArtilleryThatFired_IsShelling()
    {
        var doc = Docs.Text("Біля Затишшя ворожа артилерія обстріляла позиції минулої доби.", outlet: "Генеральний штаб ЗСУ", published: new DateOnly(2026, 3, 6));
        Docs.Place(doc, "Затишшя", Zatyshshia, "Zatyshshia");

        Assert.Contains(Docs.EventsOf(doc), e => e.Subtype == "shelling_artillery_missile_attack");
    }

    // "the following night": the night after the day named before

    [Theory]
    [InlineData("Drones attacked the town on Friday evening. The following night six more were shot down.", "The following night")]
    [InlineData("Дрони атакували місто в п'ятницю ввечері. Наступної ночі збили ще шість.", "Наступної ночі")]
    [InlineData("Вечером в пятницу дроны атаковали город. Следующей ночью сбиты ещё шесть.", "Следующей ночью")]
    public void Process_TheFollowingNight_IsTheNightAfterTheDayBefore(string text, string words)
    {
        var doc = Run(text, "2026-03-07");

        var night = Assert.Single(doc.Times, t => t.Text == words);

        Assert.Equal(new DateOnly(2026, 3, 6), night.From);
        Assert.Equal(new DateOnly(2026, 3, 7), night.To);
    }

    [Theory]
    [InlineData("Six drones were shot down overnight.", "overnight")]
    [InlineData("Этой ночью сбиты шесть беспилотников.", "Этой ночью")]
    public void Process_TheNightBeforePublication_StaysSo(string text, string words)
    {
        var night = Assert.Single(Run(text, "2026-03-07").Times, t => t.Text == words);

        Assert.Equal(new DateOnly(2026, 3, 6), night.From);
        Assert.Equal(new DateOnly(2026, 3, 7), night.To);
    }

    [Fact]
    public void Process_TheFollowingNightWithNoDayBefore_IsNoTime()
    {
        Assert.DoesNotContain(Run("Следующей ночью сбиты ещё шесть.", "2026-03-07").Times, t => t.Text.Contains("ночью", StringComparison.Ordinal));
    }

    private static string TextOf(Document doc, Sitrep.Core.Model.Attribution a) => doc.Text[a.Span.Start..a.Span.End];

    private static Document Run(string text, string published)
    {
        var doc = new Document(text, new DocumentMetadata { Published = DateOnly.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture), PublishedFrom = PublishedSource.Argument });
        new TextStage().Process(doc, CancellationToken.None);
        new TimeStage().Process(doc, CancellationToken.None);
        return doc;
    }
}
