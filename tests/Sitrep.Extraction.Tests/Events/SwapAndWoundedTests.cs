using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Prisoner exchanges told by their verb, mortar fire in the genitive, and men who pulled back wounded.</summary>
public sealed class SwapAndWoundedTests
{
    private static List<string> Events(string text) =>
        Docs.Processed(text, "2025-12-10").Events.Select(e => e.Subtype + "@" + (e.Location?.Name ?? "-")).ToList();

    [Theory]
    [InlineData("Ukraine and Russia exchanged 120 prisoners of war each on Tuesday in a swap brokered by Turkey, the coordination staff for prisoners said.")]
    [InlineData("Україна та Росія обміняли по 120 полонених у вівторок, повідомив Координаційний штаб.")]
    [InlineData("Россия и Украина обменялись 120 военнопленными во вторник, сообщило Минобороны.")]
    public void Process_PrisonersExchangedWithFigure_OneExchangeWithoutCountryPlace(string text)
    {
        Assert.Equal(["other@-"], Events(text));
    }

    [Theory]
    [InlineData("Уночі ворог намагався просочитися до Родинського. Наші бійці відпрацювали по ньому з мінометів.", "shelling_artillery_missile_attack@Rodynske")]
    [InlineData("Ночью противник пытался просочиться к Родинскому. Наши бойцы отработали по нему из минометов.", "shelling_artillery_missile_attack@Rodynske")]
    public void Process_FireFromMortars_Shelling(string text, string expected)
    {
        Assert.Equal([expected], Events(text));
    }

    [Fact]
    public void Process_EnemyPulledBackWounded_NoHandoverOfGround()
    {
        var events = Events("Біля Родинського наші мінометники накрили групу окупантів. Знищено 5 окупантів, ще двоє відійшли поранені.");

        Assert.DoesNotContain(events, e => e.StartsWith("non_violent_transfer_of_territory", StringComparison.Ordinal));
    }
}
