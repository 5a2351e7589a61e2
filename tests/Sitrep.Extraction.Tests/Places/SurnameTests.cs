namespace Sitrep.Extraction.Tests.Places;

/// <summary>A name after a given name, in Cyrillic or Latin letters, or after an initial, is a surname, not a village.</summary>
public sealed class SurnameTests
{
    [Theory]
    [InlineData("На думку аналітика, так вважає Олена Воронцова з Києва.", "Воронцова")]
    [InlineData("Об этом написала в своем блоге Ирина Воронцова.", "Воронцова")]
    [InlineData("Як пояснив кореспондентам І. Воронцова, обстріл тривав годину.", "Воронцова")]
    [InlineData("Как рассказал журналистам С. Воронцова, обстрел шел час.", "Воронцова")]
    [InlineData("The assessment was written by Iryna Vorontsova for the institute.", "Vorontsova")]
    [InlineData("The report quoted I. Vorontsova, a defence analyst.", "Vorontsova")]
    public void Process_AfterGivenNameOrInitial_IsNoPlace(string text, string surname)
    {
        var d = PlacesRun.Run(text, new DateOnly(2025, 12, 1));
        Assert.DoesNotContain(d.Places, p => p.Text == surname);
    }
}
