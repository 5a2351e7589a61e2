using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>A year of birth read with its "года" / "року" ("мужчина 1961 года рождения") dates a person, not the claim.</summary>
public sealed class BirthYearTests
{
    [Theory]
    [InlineData("Утром дрон атаковал автобус. Погибли мужчина 1961 года рождения и женщина 1978 года рождения.", "1961 года")]
    [InlineData("Зранку дрон атакував автобус. Загинули чоловік 1961 року народження та жінка 1978 року народження.", "1961 року")]
    public void Process_YearOfBirthWithItsYearWord_DoesNotDateTheLosses(string text, string year)
    {
        var doc = Docs.Text(text, outlet: "Vladimir Saldo", published: new DateOnly(2025, 11, 19));
        Docs.Time(doc, year, new DateOnly(1961, 1, 1), new DateOnly(1961, 12, 31), TimePrecision.Year);

        var killed = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.NotEqual(1961, killed.From?.Year);
    }
}
