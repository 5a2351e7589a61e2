using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A summary's paragraph counting the enemy's losses over the day ("Втрати ворога за добу становлять 860 осіб") is a
/// figure for the whole front: no place, not the village of the paragraph before. Losses told without the day's count
/// keep the place the paragraphs give them.
/// </summary>
public sealed class DaysLossesTests
{
    private static Document Run(string text) =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Title = "Генеральний штаб ЗСУ", Published = new DateOnly(2026, 4, 1) }));

    [Theory]
    [InlineData("На Гуляйпільському напрямку противник атакував позиції наших захисників біля Залізничного.\n\nВтрати ворога за добу становлять 860 осіб особового складу.")]
    [InlineData("На Гуляйпольском направлении противник атаковал позиции у Зализничного.\n\nПотери противника за сутки составили до 860 военнослужащих.")]
    [InlineData("Near Zaliznychne the enemy attacked Ukrainian positions.\n\nEnemy losses over the past day amounted to 860 personnel.")]
    public void Process_DaysLossesInAParagraphOfTheirOwn_HaveNoPlace(string text)
    {
        var losses = Assert.Single(Run(text).Claims, c => c.Kind == ClaimKind.Casualties);

        Assert.Null(losses.Place);
    }

    [Theory]
    [InlineData("На Гуляйпільському напрямку противник атакував позиції наших захисників біля Залізничного. Ворог втратив 40 осіб.")]
    [InlineData("На Гуляйпольском направлении противник атаковал позиции у Зализничного. Противник потерял до 40 военнослужащих.")]
    public void Process_LossesOfTheFightJustTold_KeepItsPlace(string text)
    {
        var losses = Assert.Single(Run(text).Claims, c => c.Kind == ClaimKind.Casualties);

        Assert.NotNull(losses.Place);
    }
}
