using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>A week's or a month's count ("57 times over the past week", "за минулий тиждень") sums many happenings: no event.</summary>
public sealed class TallyPeriodTests
{
    private static List<Sitrep.Core.Model.ConflictEvent> Events(string text, string published = "2026-01-26") =>
        Docs.Processed(text, published).Events;

    [Theory]
    [InlineData("Russian troops shelled Nikopol 57 times over the past week, the district council said.")]
    [InlineData("Over the past week, Russian forces hit Orikhiv with drones eleven times, the regional governor said.")]
    [InlineData("За минулий тиждень окупанти дванадцять разів атакували дронами Херсон, повідомила ОВА.")]
    [InlineData("За минувшую неделю Шебекино обстреливали 40 раз, сообщил губернатор.")]
    [InlineData("Over the past month, Russia's Defence Ministry claimed the capture of three villages near Pokrovsk.")]
    public void Process_WeekOrMonthTally_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Russian troops shelled Nikopol on Sunday night, the district council said.")]
    [InlineData("Уночі окупанти атакували дронами Херсон, повідомила ОВА.")]
    [InlineData("Ночью Шебекино обстреляли из артиллерии, сообщил губернатор.")]
    [InlineData("A Russian drone hit a bus in Kherson on Sunday, the third such attack on the city in the past week, officials said.")]
    public void Process_OneHappening_StillAnEvent(string text)
    {
        Assert.NotEmpty(Events(text));
    }

    /// <summary>A period followed by "до" / "перед" / "before" is a distance in time to something else, not a stretch
    /// summed: the happening told is one event; the same period opening a count stays a tally.</summary>
    [Theory]
    [InlineData("За неделю до выборов российский дрон атаковал автобус в Херсоне, сообщили в ОВА.")]
    [InlineData("За тиждень до виборів російський дрон атакував автобус у Херсоні, повідомили в ОВА.")]
    [InlineData("За месяц перед штурмом российская авиация ударила по мосту в Купянске, сообщил штаб.")]
    public void Process_PeriodBeforeSomething_StillAnEvent(string text)
    {
        Assert.NotEmpty(Events(text));
    }

    [Theory]
    [InlineData("За неделю российские дроны атаковали автобусы в Херсоне 14 раз, сообщили в ОВА.")]
    [InlineData("За тиждень російські дрони атакували автобуси у Херсоні 14 разів, повідомили в ОВА.")]
    [InlineData("За месяц российская авиация ударила по мостам в Купянске, сообщил штаб.")]
    public void Process_SamePeriodSummingCounts_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }
}
