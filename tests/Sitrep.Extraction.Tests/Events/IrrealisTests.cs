using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// A strike or an assault told as what will, may or is threatened to happen is no event; the same clause told as
/// what happened still is one.
/// </summary>
public sealed class IrrealisTests
{
    private static List<string> Subtypes(string text, string published = "2026-01-21") =>
        Docs.Processed(text, published).Events.ConvertAll(e => e.Subtype);

    [Theory]
    // a future or a modal
    [InlineData("A Russian general said on Tuesday that his army would strike the railway bridges near Zaporizhzhia.")]
    [InlineData("If they reach the river, they will shell every crossing near Kupiansk, a Ukrainian company commander said on Tuesday.")]
    [InlineData("Analysts said on Tuesday that Russian units are likely to resume assaults on Huliaipole before the thaw.")]
    // a threat, a plan, a promise
    [InlineData("On Tuesday a Kremlin spokesman threatened to hit the power stations of Kharkiv with missiles.")]
    [InlineData("The southern command said on Tuesday that Russian troops were preparing to launch an assault on Orikhiv.")]
    [InlineData("На Сумщині в ОВА попередили, що найближчими днями росіяни можуть знову атакувати дронами Шостку.")]
    [InlineData("Російський депутат у вівторок погрожує завдати ракетного удару по Харкову.")]
    [InlineData("Во вторник в Минобороны России пообещали нанести ракетный удар по Харькову.")]
    [InlineData("Во вторник в Генштабе ВСУ заявили, что удары по нефтебазам Брянской области будут продолжены.")]
    // a possibility or a warning, a conditional
    [InlineData("Увага! Загроза застосування ударних БпЛА по Харкову, повідомили Повітряні сили у вівторок.")]
    [InlineData("Во вторник губернатор предупредил об угрозе атаки беспилотников на Белгород.")]
    [InlineData("Officials in Odesa on Tuesday warned residents of possible missile strikes on the port.")]
    [InlineData("Якби не ППО, росіяни могли б атакувати дронами Шостку у вівторок, вважає мер.")]
    [InlineData("On Tuesday the air force warned of a massive missile strike on Kyiv in the coming nights.")]
    [InlineData("Мер Шостки вважає, що у вівторок ворог знову атакуватиме місто дронами.")]
    // a reason cited beside a threatened response
    [InlineData("Російський депутат у вівторок погрожує Сумам «відплатою» у відповідь на атаки дронів по Курській області.")]
    public void Process_FutureThreatOrPlan_NoEvent(string text)
    {
        Assert.Empty(Subtypes(text));
    }

    [Theory]
    [InlineData("A Russian general said on Tuesday that his army had struck the railway bridges near Zaporizhzhia.")]
    [InlineData("On Tuesday Russian artillery shelled every crossing near Kupiansk, a Ukrainian company commander said.")]
    [InlineData("The southern command said on Tuesday that Russian troops launched an assault on Orikhiv.")]
    [InlineData("About twenty Russian soldiers tried to storm positions near Huliaipole on Tuesday, the southern command said.")]
    [InlineData("На Сумщині в ОВА повідомили, що у вівторок росіяни знову атакували дронами Шостку.")]
    [InlineData("У вівторок росіяни завдали ракетного удару по Харкову.")]
    [InlineData("Во вторник российские войска нанесли ракетный удар по Харькову.")]
    [InlineData("On Tuesday the air force scrambled jets in response to a missile attack on Lviv.")]
    [InlineData("Мер Шостки повідомив, що у вівторок ворог знову атакував місто дронами.")]
    public void Process_SameClauseToldAsDone_StillAnEvent(string text)
    {
        Assert.NotEmpty(Subtypes(text));
    }
}
