using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "..., according to two people familiar with the decision. One of them said ...": one of the group just told speaks,
/// anonymous as the group was ("Один из них", "Один з них"). The side of an anonymous source after "according to" is
/// read in its own phrase, not in the statement before it ("Ukraine has moved two brigades, according to two people
/// familiar ..." gives the people no side; "according to a Ukrainian source familiar with the decision" gives theirs).
/// </summary>
public sealed class OneOfThemTests
{
    [Theory]
    [InlineData("Kyiv has moved two brigades out of the area, according to two people familiar with the decision. One of them said the units had been sent to rest.")]
    [InlineData("Київ вивів дві бригади з району, за словами двох джерел, знайомих із рішенням. Один з них сказав, що підрозділи відправили на відпочинок.")]
    [InlineData("Киев вывел две бригады из района, по словам двух источников, знакомых с решением. Один из них сказал, что подразделения отправили на отдых.")]
    public void Process_OneOfThem_IsOneOfTheAnonymousGroup(string text)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(SpeakerType.Anonymous, doc.Attributions[1].SpeakerType);
        Assert.Null(doc.Attributions[0].Side);
    }

    [Theory]
    [InlineData("Kyiv has moved two brigades out of the area, according to a Ukrainian source familiar with the decision.")]
    [InlineData("Київ вивів дві бригади з району, за словами джерела в українському війську.")]
    [InlineData("Киев вывел две бригады из района, по словам источника в украинской армии.")]
    public void Process_SideInTheSourcesOwnPhrase_IsKept(string text)
    {
        // twin: a side named in the source's own phrase is its side
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(SpeakerType.Anonymous, a.SpeakerType);
        Assert.Equal("UA", a.Side);
    }
}
