using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A numbered unit the registry writes with one case ending of its ordinal ("47-ма окрема механізована бригада", "3-й
/// армейский корпус") is the same unit with another ending ("бійці 47-ї окремої механізованої бригади ..., повідомила
/// бригада", "представитель 3-го армейского корпуса"). Another number is another unit.
/// </summary>
public sealed class OrdinalCaseEndingTests
{
    [Theory]
    [InlineData("У вівторок бійці 47-ї окремої механізованої бригади взяли в полон шістьох російських військових поблизу Мирнограда, повідомила бригада.", "47th Mechanized Brigade Magura")]
    [InlineData("Представитель 3-го армейского корпуса заявил, что противник дважды атаковал позиции у Торского.", "3rd Army Corps")]
    [InlineData("A spokesman for the 3rd Army Corps said the enemy had twice attacked positions near Torske.", "3rd Army Corps")]
    public void Process_OrdinalWithAnotherCaseEnding_IsTheRegistryUnit(string text, string unit)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.Equal(unit, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("У вівторок бійці 48-ї окремої механізованої бригади взяли в полон шістьох російських військових поблизу Мирнограда, повідомила бригада.", "47th Mechanized Brigade Magura")]
    [InlineData("Представитель 4-го армейского корпуса заявил, что противник дважды атаковал позиции у Торского.", "3rd Army Corps")]
    [InlineData("A spokesman for the 4th Army Corps said the enemy had twice attacked positions near Torske.", "3rd Army Corps")]
    public void Process_AnotherNumber_IsNotThatUnit(string text, string unit)
    {
        // twin: the number differs, so the registry unit does not speak
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.NotEqual(unit, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("3-го армейского корпуса", "Second Unit")]
    [InlineData("3-й армейский корпус", "First Unit")]
    [InlineData("3-му армейскому корпусу", "First Unit")]
    public void Parse_AFormWrittenForAnotherUnit_KeepsThatUnit(string name, string expected)
    {
        // a registry line's written alias is never taken by an ending derived from an earlier line's alias
        var registry = ActorRegistry.Parse(
            "id\tname\ttype\tside\tparent\taliases\n"
            + "first\tFirst Unit\tmilitary_unit\tRU\t-\t3-й армейск корпус\n"
            + "second\tSecond Unit\tmilitary_unit\tUA\t-\t3-го армейск корпус\n");

        Assert.Equal(expected, registry.FindByName(name)?.Name);
    }
}
