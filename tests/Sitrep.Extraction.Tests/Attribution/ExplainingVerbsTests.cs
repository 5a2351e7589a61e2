using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// Explaining, clarifying, stressing, warning, reminding, admitting and believing report someone's words as saying
/// does; so does an estimate named with its owner ("по ее оценке", "за їхніми даними", "следует из оценки").
/// </summary>
public sealed class ExplainingVerbsTests
{
    [Theory]
    [InlineData("Ukraine's General Staff stressed that the pontoon bridge near Kupiansk was still standing.", "General Staff of the Armed Forces of Ukraine")]
    [InlineData("The SBU clarified that the detained man had photographed the depot twice.", "Security Service of Ukraine")]
    [InlineData("Генштаб ЗСУ уточнив, що удар припав на склад пального поблизу Джанкоя.", "General Staff of the Armed Forces of Ukraine")]
    [InlineData("Мешканцям радять не виходити з укриттів до відбою, нагадали в СБУ.", "Security Service of Ukraine")]
    [InlineData("Минобороны России признало, что часть ракет была перехвачена над Крымом.", "Ministry of Defence of the Russian Federation")]
    [InlineData("Вячеслав Гладков считает, что обстрелы Шебекино усилятся к зиме.", "Vyacheslav Gladkov")]
    public void Process_ExplainingOrBelievingVerb_IsAReportingVerb(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("Ukraine's military disputed the report of an encirclement near Siversk.", true)]
    [InlineData("Ukraine's military said the road to Siversk was open.", false)]
    public void Process_Disputed_IsADenial(string text, bool denial)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal("Armed Forces of Ukraine", statement.Speaker);
        Assert.Equal(denial, statement.Verb is "disputed");
    }

    [Theory]
    [InlineData("Андрій Мельник, аналітик центру, вважає, що наступ сповільниться. За його оцінкою, темп упав удвічі.", "упав", "Андрій Мельник")]
    [InlineData("Ирина Соколова, аналитик фонда, считает, что резервы исчерпаны. По ее оценке, до весны их не восстановят.", "восстановят", "Ирина Соколова")]
    [InlineData("Проєкт DeepState повідомив про бої біля Торецька. За їхніми даними, ворог не просунувся.", "не просунувся", "DeepState")]
    [InlineData("Ukraine's General Staff reported 140 clashes. By their estimate, most were near Pokrovsk.", "most were", "General Staff of the Armed Forces of Ukraine")]
    public void Process_OwnersEstimate_IsTheSpeakerBefore(string text, string words, string speaker)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions, a => a.Span.Slice(doc.Text).ToString().Contains(words, StringComparison.Ordinal));
        Assert.Equal(speaker, statement.Speaker);
    }

    [Theory]
    [InlineData("Наступ під Гуляйполем сповільнився, випливає з оцінки американського Інституту вивчення війни.")]
    [InlineData("Наступление под Гуляйполем замедлилось, следует из оценки американского Института изучения войны.")]
    public void Process_FollowsFromTheAssessmentOf_IsTheBodyAfterItsAdjective(string text)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal("Institute for the Study of War", Assert.Single(doc.Attributions).Speaker);
    }

    [Fact]
    public void Process_ItsSpokespersonWithByHisWords_IsTheSpeakerOfTheSameSentence()
    {
        var doc = Docs.Attributed("Минобороны России заявило о взятии Ивановки. Спикер Сил обороны юга опроверг это в эфире: по его словам, бои идут на окраине села.");

        var denial = Assert.Single(doc.Attributions, a => a.Span.Slice(doc.Text).ToString().Contains("окраине", StringComparison.Ordinal));
        Assert.Equal("Defence Forces of the South of Ukraine", denial.Speaker);
        Assert.Equal(SpeakerType.Person, denial.SpeakerType);
    }
}
