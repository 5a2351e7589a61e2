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
}
