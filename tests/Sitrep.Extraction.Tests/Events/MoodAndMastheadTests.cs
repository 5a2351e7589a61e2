using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Strikes a side "is preparing" ("готовит новые удары", "готує нові удари") are no events; a strike told in an English
/// restrictive clause with a past verb keeps its event though the main clause is future ("A school that was damaged
/// when a glide bomb landed nearby on Tuesday will stay closed"); a headline under a masthead line is the headline
/// (its attack is the lead's strike, not a clash of its own). Each with a twin that keeps the old reading.
/// </summary>
public sealed class MoodAndMastheadTests
{
    private static List<ConflictEvent> Events(string text, string? title = null, string published = "2026-05-16") =>
        Docs.Processed(text, published, title: title).Events;

    [Theory]
    [InlineData("The governor said Ukraine is preparing new strikes on Enerhodar.")]
    [InlineData("Губернатор заявив, що ворог готує нові удари по Енергодару.")]
    [InlineData("Губернатор заявил, что украинская сторона готовит новые удары по Энергодару.")]
    public void Process_StrikesBeingPrepared_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("On Thursday artillery shelled Enerhodar, the governor said.")]
    [InlineData("У четвер ворог обстріляв Енергодар з артилерії, повідомив губернатор.")]
    [InlineData("В четверг ВСУ обстреляли Энергодар из артиллерии, сообщил губернатор.")]
    public void Process_StrikesLaunched_StillAnEvent(string text)
    {
        Assert.Single(Events(text));
    }

    [Theory]
    [InlineData("A school in Balakliia that was damaged when a glide bomb landed nearby on Tuesday will stay closed until June.")]
    [InlineData("Школа в Балаклії, яку пошкодила керована авіабомба у вівторок, залишиться зачиненою до червня.")]
    [InlineData("Школа в Балаклее, которую повредила управляемая авиабомба во вторник, останется закрытой до июня.")]
    public void Process_StrikeInAPastClauseUnderAFutureOne_StillAnEvent(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal("air_drone_strike", e.Subtype);
        Assert.Equal(new DateOnly(2026, 5, 12), e.From);
    }

    [Theory]
    [InlineData("Officials warned that glide bomb strikes on Balakliia will continue.")]
    [InlineData("Удари керованими авіабомбами по Балаклії будуть тривати, попередили в адміністрації.")]
    [InlineData("Удары управляемыми авиабомбами по Балаклее будут продолжены, предупредили в администрации.")]
    public void Process_StrikesTheClausePutsInTheFuture_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Kherson Weekly\n\nRussians attack Chornobaivka, one wounded\n\nPublished: 15 May 2026\n\nA Russian drone struck an ambulance in Chornobaivka on Wednesday. One medic was wounded.",
        "Kherson Weekly")]
    [InlineData("Херсонський тиждень\n\nРосіяни атакували Чорнобаївку, поранено медика\n\nОпубліковано: 15.05.2026\n\nУ середу російський дрон атакував карету швидкої допомоги в Чорнобаївці. Поранено медика.",
        "Херсонський тиждень")]
    [InlineData("Вести Приазовья\n\nВСУ снова атаковали Каменку-Днепровскую\n\nОпубликовано: 16.05.2026\n\nВ субботу украинские беспилотники атаковали Каменку-Днепровскую. Ранены два человека.",
        "Вести Приазовья")]
    public void Process_HeadlineUnderAMasthead_IsTheLeadsStrike(string text, string title)
    {
        var e = Assert.Single(Events(text, title));
        Assert.Equal("air_drone_strike", e.Subtype);
    }

    [Theory]
    [InlineData("Kherson Weekly\n\nRussian troops attacked Bilozerka on Tuesday.\n\nOn Wednesday a drone struck an ambulance in Chornobaivka.",
        "Kherson Weekly")]
    [InlineData("Херсонський тиждень\n\nУ вівторок російські війська атакували Білозерку.\n\nУ середу дрон атакував карету швидкої допомоги в Чорнобаївці.",
        "Херсонський тиждень")]
    public void Process_LeadSentenceUnderAMasthead_StaysItsOwnHappening(string text, string title)
    {
        Assert.Equal(2, Events(text, title).Count);
    }
}
