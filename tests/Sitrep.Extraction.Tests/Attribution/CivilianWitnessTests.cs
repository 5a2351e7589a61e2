using Sitrep.Core.Documents;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A civilian witness ("a nurse at the city hospital", "медсестра міської лікарні") speaks for no side, although a
/// town's word stands in the description; an office of the town ("head of the city military administration") still
/// gives its side.
/// </summary>
public sealed class CivilianWitnessTests
{
    private static Document Run(string text) =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = "Test Courier", Published = new DateOnly(2026, 3, 25) }));

    [Theory]
    [InlineData("Shelling hit Nikopol again on Monday. \"They fire at anything that moves,\" said Olena Hrytsai, a nurse at the city hospital.")]
    [InlineData("Обстріли Нікополя тривали в понеділок. «Вони стріляють по всьому, що рухається», — сказала Олена Грицай, медсестра міської лікарні.")]
    [InlineData("Обстрелы Никополя продолжались в понедельник. «Они стреляют по всему, что движется», — сказала Елена Грицай, медсестра городской больницы.")]
    public void Process_NurseAtTheCityHospital_HasNoSide(string text)
    {
        var a = Assert.Single(Run(text).Attributions);

        Assert.Contains("Грицай", a.Speaker.Replace("Hrytsai", "Грицай"));
        Assert.Null(a.Side);
    }

    [Fact]
    public void Process_HeadOfTheCityAdministration_KeepsTheSide()
    {
        var a = Assert.Single(Run("Shelling hit Nikopol again on Monday. \"They fire at anything that moves,\" said Olena Hrytsai, head of the city military administration.").Attributions);

        Assert.Equal("UA", a.Side);
    }
}
