using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Quantities;

/// <summary>
/// A shelling repeated is a count of attacks ("ворог 23 рази обстріляв", "противник 23 раза обстрелял", "shelled the
/// village 23 times"), as an attack repeated is; "97 of the 124 drones" counts drones as "97 of 124 drones" does. Twins:
/// a repetition with no attack or shelling verb ("двічі телефонували") and "one of the villages" count nothing.
/// </summary>
public sealed class RepeatedShellingAndOfTheTests
{
    [Theory]
    [InlineData("Загалом за день ворог 23 рази обстріляв територію громади.", "23 рази")]
    [InlineData("Всего за день противник 23 раза обстрелял территорию округа.", "23 раза")]
    [InlineData("In total, Russian forces shelled the community 23 times.", "23 times")]
    public void Process_ShellingRepeated_CountOfAttacks(string text, string expected)
    {
        var q = Assert.Single(QuantitiesStageTests.Run(text).Quantities);
        Assert.Equal(expected, q.Text);
        Assert.Equal(Units.Attacks, q.Unit);
        Assert.Equal(23.0, q.Value);
    }

    [Theory]
    [InlineData("Мешканці двічі телефонували на гарячу лінію.")]
    [InlineData("Жители 3 раза звонили на горячую линию.")]
    [InlineData("Residents called the hotline 3 times.")]
    public void Process_RepetitionWithNoAttackVerb_NoCount(string text)
    {
        Assert.Empty(QuantitiesStageTests.Run(text).Quantities);
    }

    [Fact]
    public void Process_OfTheBeforeTheSecondNumber_BothAreDrones()
    {
        var qs = QuantitiesStageTests.Run("The air force said its units downed 97 of the 124 drones.").Quantities;
        Assert.Contains(qs, q => q.Text == "97" && q.Unit == Units.Drones && q.Value == 97.0);
        Assert.Contains(qs, q => q.Text == "124 drones" && q.Unit == Units.Drones && q.Value == 124.0);
    }

    [Fact]
    public void Process_OfTheBeforeAPersonNoun_NotLentToTheFirstNumber()
    {
        // people do not lend their unit: "Three of the 40 residents" counts only the residents
        var qs = QuantitiesStageTests.Run("Three of the 40 residents left the village.").Quantities;
        Assert.DoesNotContain(qs, q => q.Text.StartsWith("Three", StringComparison.Ordinal) && q.Unit != Units.Other);
    }
}
