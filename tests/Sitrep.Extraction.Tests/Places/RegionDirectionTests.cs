namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// A front direction named after a historical region (the General Staff's North and South Slobozhanskyi directions) is no
/// place of its own, but the villages listed under it lie on its stretch of border: the Sumy Andriivka, not the Donbas one.
/// </summary>
public sealed class RegionDirectionTests
{
    [Theory]
    [InlineData("На Північно-Слобожанському напрямку ворог двічі атакував позиції наших захисників поблизу Андріївки.", "Андріївки")]
    [InlineData("On the North Slobozhanskyi direction, the enemy attacked twice near Andriivka.", "Andriivka")]
    [InlineData("На Северо-Слобожанском направлении противник дважды атаковал вблизи Андреевки.", "Андреевки")]
    public void Process_VillageUnderNorthSlobozhanskyi_IsInSumyOblast(string text, string surface)
    {
        var d = PlacesRun.Run(text, new DateOnly(2025, 12, 12));
        Assert.Equal("Sumy Oblast", d.Mention(surface).Admin1);
        Assert.DoesNotContain(d.Places, p => p.Text.Contains("лобожан", StringComparison.Ordinal) || p.Text.Contains("lobozhan", StringComparison.Ordinal));
    }
}
