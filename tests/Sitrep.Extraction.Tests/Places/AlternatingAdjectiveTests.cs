namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// The adjective of a town in -ова/-ове, whose stem changes before the suffix ("Лозова" → "Лозівська", Russian
/// "Лозовая" → "Лозовской"), is that town, not a village whose own name the adjective happens to be; the name itself
/// ("Лозове") keeps its own place, and an adjective of a town in -ов, -ів ("Ростовской", "Харківської") keeps its town.
/// </summary>
public sealed class AlternatingAdjectiveTests
{
    private static readonly DateOnly Spring2026 = new(2026, 4, 9);
    private const long Lozova = 702760;

    [Theory]
    [InlineData("За словами начальника Лозівської міської військової адміністрації, поранено двох пасажирів.", "Лозівської")]
    [InlineData("По словам главы Лозовской городской военной администрации, ранены два пассажира.", "Лозовской")]
    [InlineData("According to the head of the Lozova city military administration, two passengers were wounded.", "Lozova")]
    public void Process_AdjectiveOfATownInOva_IsTheTown(string text, string surface)
    {
        var m = PlacesRun.Run(text, Spring2026).Mention(surface);

        Assert.Equal(Lozova, m.GeonameId);
    }

    [Theory]
    [InlineData("Уночі дрон атакував село Лозове на Хмельниччині.", "Лозове")]
    public void Process_TheVillagesOwnName_StaysTheVillage(string text, string surface)
    {
        var m = PlacesRun.Run(text, Spring2026).Mention(surface);

        Assert.NotEqual(Lozova, m.GeonameId);
    }

    [Theory]
    [InlineData("По словам губернатора Ростовской области, пострадавших нет.", "Ростовской области", 501165L)]
    [InlineData("За словами голови Харківської обласної військової адміністрації, постраждалих немає.", "Харківської обласної", 706482L)]
    public void Process_AdjectiveOfATownInOv_KeepsItsPlace(string text, string surface, long id)
    {
        var m = PlacesRun.Run(text, Spring2026).Mention(surface);

        Assert.Equal(id, m.GeonameId);
    }
}
