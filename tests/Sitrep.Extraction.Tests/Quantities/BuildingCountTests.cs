using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Quantities;

public sealed partial class QuantitiesStageTests
{
    /// <summary>A count after a verb of suffering that counts houses or buildings is no count of people hurt.</summary>
    [Theory]
    [InlineData("Від обстрілів з осені постраждали понад 40 будинків і школа.")]
    [InlineData("С начала месяца от ударов пострадали более 30 домов.")]
    [InlineData("Since October the shelling has affected more than 50 houses in the town.")]
    public void Process_BuildingsAffected_IsNoCasualtyCount(string text)
    {
        var doc = Run(text);
        Assert.DoesNotContain(doc.Quantities, q => q.Unit is Units.Wounded or Units.Killed);
    }

    [Theory]
    [InlineData("Внаслідок удару постраждали 12 людей.", 12)]
    [InlineData("В результате удара пострадали 7 человек.", 7)]
    public void Process_PeopleAffected_StaysWounded(string text, int count)
    {
        var doc = Run(text);
        Assert.Contains(doc.Quantities, q => q.Unit == Units.Wounded && q.Value == count);
    }
}
