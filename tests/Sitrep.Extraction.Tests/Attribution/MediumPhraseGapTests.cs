using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A medium phrase of one's own between the speaker and the verb ("у своєму дописі у фейсбуці написав", "в своём
/// канале написал", "на своїй сторінці повідомив") is no word of the speaker: the person before it speaks. In English
/// the medium follows the verb ("wrote in a Facebook post that"), which was read before.
/// </summary>
public sealed class MediumPhraseGapTests
{
    [Theory]
    [InlineData("Олександр Саюк у своєму дописі у фейсбуці написав, що вночі пошкоджено дві підстанції.", "Олександр Саюк")]
    [InlineData("Олександр Саюк на своїй сторінці повідомив, що вночі пошкоджено дві підстанції.", "Олександр Саюк")]
    [InlineData("Роман Сапожников в своём канале написал, что ночью повреждены две подстанции.", "Роман Сапожников")]
    [InlineData("Роман Сапожников в своём посте в телеграме написал, что ночью повреждены две подстанции.", "Роман Сапожников")]
    [InlineData("Oleksandr Saiuk wrote in a Facebook post that two substations had been damaged overnight.", "Oleksandr Saiuk")]
    public void Process_MediumOfOnesOwnBeforeTheVerb_ThePersonSpeaks(string text, string person)
    {
        var doc = Docs.Attributed(text, outlet: "Test Post");

        Assert.Equal(person, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("Олександр Саюк написав, що вночі пошкоджено дві підстанції.", "Олександр Саюк")]
    [InlineData("Роман Сапожников написал, что ночью повреждены две подстанции.", "Роман Сапожников")]
    public void Process_NoMediumPhrase_ThePersonSpeaks(string text, string person)
    {
        // twin: the speaker right before the verb is read as before
        var doc = Docs.Attributed(text, outlet: "Test Post");

        Assert.Equal(person, Assert.Single(doc.Attributions).Speaker);
    }
}
