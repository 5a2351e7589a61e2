using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// The UN's human rights monitoring mission is in the actor registry with no side: named in full with "in Ukraine" it
/// is no Ukrainian body, and its claims have no side. A verb of recording speaks when a count follows it ("recorded at
/// least 19 civilians killed", "зафіксувала щонайменше 19 загиблих", "зафиксировала не менее 19 погибших"), and
/// "According to the mission" after it is the mission. "Hits were recorded in the Saltivskyi district" and
/// "Investigators recorded craters" report no count: no statement.
/// </summary>
public sealed class MonitoringMissionTests
{
    private static readonly DateOnly Published = new(2026, 3, 17);

    [Theory]
    [InlineData("Between 1 and 14 March, the UN Human Rights Monitoring Mission in Ukraine recorded at least 19 civilians killed in Kharkiv oblast. According to the mission, most of the victims were in cars.")]
    [InlineData("З 1 по 14 березня Моніторингова місія ООН з прав людини в Україні зафіксувала щонайменше 19 загиблих цивільних у Харківській області. За даними місії, більшість загиблих їхали в автомобілях.")]
    [InlineData("С 1 по 14 марта Мониторинговая миссия ООН по правам человека в Украине зафиксировала не менее 19 погибших мирных жителей в Харьковской области. По данным миссии, большинство погибших ехали в автомобилях.")]
    public void Process_MissionRecordsACount_SpeaksWithNoSide(string text)
    {
        var doc = Docs.Text(text, outlet: "Relief Network", published: Published);
        var claims = Docs.ClaimsOf(doc);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.Equal("UN Human Rights Monitoring Mission in Ukraine", a.Speaker));
        Assert.All(doc.Attributions, a => Assert.Null(a.Side));
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Null(c.Side));
    }

    [Theory]
    [InlineData("Hits were recorded in the Saltivskyi district. Investigators recorded craters from artillery shells.")]
    [InlineData("Влучання зафіксували в Салтівському районі. Слідчі зафіксували вирви від снарядів.")]
    [InlineData("Попадания зафиксировали в Салтовском районе. Следователи зафиксировали воронки от снарядов.")]
    public void Process_RecordingWithNoCount_IsNoStatement(string text)
    {
        // twin: what was recorded is no count, so no one is reporting
        var doc = Docs.Attributed(text, outlet: "Test Wire", published: Published);

        Assert.Empty(doc.Attributions);
    }

    [Theory]
    [InlineData("Ukraine's Prosecutor General's Office recorded at least 58 civilians killed in April.")]
    [InlineData("Офіс генпрокурора України зафіксував щонайменше 58 загиблих цивільних у квітні.")]
    [InlineData("Офис генпрокурора Украины зафиксировал не менее 58 погибших мирных жителей в апреле.")]
    public void Process_APartysBodyRecordsACount_KeepsItsSide(string text)
    {
        // twin: a body with a country of its own keeps that side
        var doc = Docs.Attributed(text, outlet: "Test Wire", published: Published);

        Assert.Equal("UA", Assert.Single(doc.Attributions).Side);
    }
}
