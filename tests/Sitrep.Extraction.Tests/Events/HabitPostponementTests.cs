using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Shelling that "has become routine" and drones that "are launched" from a place tell a habit, not a happening;
/// shelling given as the reason something "was postponed" is the cause of the postponement, no strike of its own;
/// air defence that "destroyed" drones intercepted them; "the town's eastern edge" is the town the story names.
/// Each with a twin that keeps its event.
/// </summary>
public sealed class HabitPostponementTests
{
    private static List<ConflictEvent> Events(string text, string published = "2026-04-20") =>
        Docs.Processed(text, published).Events;

    [Theory]
    [InlineData("Shelling has become routine in Nikopol.")]
    [InlineData("Обстріли стали буденністю для Нікополя.")]
    [InlineData("Обстрелы стали привычными для жителей Никополя.")]
    public void Process_ShellingBecameRoutine_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Artillery shelled Nikopol on Sunday morning.")]
    [InlineData("У неділю вранці артилерія обстріляла Нікополь.")]
    [InlineData("В воскресенье утром артиллерия обстреляла Никополь.")]
    public void Process_ShellingOnADay_StillAnEvent(string text)
    {
        Assert.Single(Events(text));
    }

    [Theory]
    [InlineData("Drones aimed at Ochakiv are launched from the spit, officers say.")]
    [InlineData("Дрони, спрямовані на Очаків, запускаються з коси, кажуть офіцери.")]
    [InlineData("Дроны, направленные на Очаков, запускаются с косы, говорят офицеры.")]
    public void Process_DronesAreLaunched_AHabitNoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Drones were launched at Ochakiv overnight and hit the port.")]
    [InlineData("Уночі дрони атакували Очаків і влучили в порт.")]
    [InlineData("Ночью дроны атаковали Очаков и попали в порт.")]
    public void Process_DronesLaunchedOvernight_StillAnEvent(string text)
    {
        Assert.NotEmpty(Events(text));
    }

    [Theory]
    [InlineData("A visit of the regional council to Nikopol was postponed because of shelling.")]
    [InlineData("Візит обласної ради до Нікополя відклали через обстріли.")]
    [InlineData("Визит областного совета в Никополь отложили из-за обстрелов.")]
    public void Process_PostponedBecauseOfShelling_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Outbuildings caught fire in Borova because of shelling on Saturday.")]
    [InlineData("У Боровій через артилерійський обстріл загорілися господарські будівлі.")]
    [InlineData("В Боровой из-за артиллерийского обстрела загорелись хозяйственные постройки.")]
    public void Process_DamageBecauseOfShelling_StillAnEvent(string text)
    {
        Assert.Single(Events(text));
    }

    [Theory]
    [InlineData("Над Гуковом силы ПВО уничтожили ещё восемь беспилотников.", "2026-04-14")]
    [InlineData("Над Харковом сили ППО знищили ще вісім безпілотників.", "2026-04-14")]
    [InlineData("Air defences destroyed eight more drones over Gukovo.", "2026-04-14")]
    public void Process_AirDefenceDestroyedDrones_NoStrike(string text, string published)
    {
        Assert.Empty(Events(text, published));
    }

    [Theory]
    [InlineData("Ночью беспилотники уничтожили склад в Гукове.", "2026-04-14")]
    [InlineData("Уночі безпілотники знищили склад у Харкові.", "2026-04-14")]
    [InlineData("Drones destroyed a warehouse in Gukovo overnight.", "2026-04-14")]
    public void Process_DronesDestroyedAWarehouse_StillAStrike(string text, string published)
    {
        Assert.Single(Events(text, published));
    }

    [Fact]
    public void Process_TheTownsEdge_IsTheTownNamedBefore()
    {
        var events = Events("Life in Nikopol goes on. Residents of Nikopol keep their shops open.\n\nOn Sunday morning, an artillery shell hit a bus stop on the town's eastern edge, wounding two women.");
        var e = Assert.Single(events);
        Assert.Equal(700051L, e.Location?.GeonameId);
    }

    [Fact]
    public void Process_AnEdgeOfANamedTown_KeepsThatTown()
    {
        var events = Events("Life in Nikopol goes on.\n\nOn Sunday morning, an artillery shell hit a bus stop on the eastern edge of Marhanets, wounding two women.");
        var e = Assert.Single(events);
        Assert.Equal(701855L, e.Location?.GeonameId);
    }
}
