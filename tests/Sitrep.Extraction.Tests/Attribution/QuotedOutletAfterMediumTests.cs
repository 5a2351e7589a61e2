using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "..., заявив в інтерв'ю «Радіо Свобода» Максим Гордієнко": after an inverted reporting verb, the quoted outlet that a
/// medium names ("in an interview with ...") is no speaker; the name after it speaks.
/// </summary>
public sealed class QuotedOutletAfterMediumTests
{
    [Theory]
    [InlineData("Ворог за три доби втратив під Оріховом до взводу, заявив в інтерв'ю «Громадському радіо» Степан Коваль.", "Степан Коваль")]
    [InlineData("Противник за трое суток потерял под Ореховом до взвода, заявил в интервью «Вечерним Вестям» Степан Коваль.", "Степан Коваль")]
    public void Process_QuotedOutletAfterTheMedium_IsSkipped(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }
}
