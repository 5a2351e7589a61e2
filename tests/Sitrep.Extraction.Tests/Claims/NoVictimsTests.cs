using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "Жертв нет", "Жертв немає", "There were no victims": a sentence saying there were no victims denies casualties, as
/// "Пострадавших нет" does; victims counted ("число жертв выросло") are no denial.
/// </summary>
public sealed class NoVictimsTests
{
    private static readonly DateOnly Published = new(2026, 5, 6);

    private static Document Post(string text) => SitrepPipeline.Default.Process(new Document(text,
        new DocumentMetadata { Outlet = "Губернатор Курской области", Medium = "telegram", Published = Published }));

    [Theory]
    [InlineData("Этой ночью беспилотник атаковал склад в Курске, возник пожар. Жертв нет.")]
    [InlineData("Цієї ночі безпілотник атакував склад у Курську, виникла пожежа. Жертв немає.")]
    [InlineData("Overnight a drone attacked a warehouse in Kursk, starting a fire. There were no casualties.")]
    public void Process_NoVictims_DeniesCasualties(string text)
    {
        var doc = Post(text);

        Assert.Contains(doc.Claims, c => c.Kind == ClaimKind.Casualties && c.Stance == Stance.Denies);
        Assert.DoesNotContain(doc.Claims, c => c.Kind == ClaimKind.Casualties && c.Stance == Stance.Asserts);
    }

    [Theory]
    [InlineData("Этой ночью беспилотник атаковал склад в Курске. Число жертв выросло до двух.")]
    [InlineData("Цієї ночі безпілотник атакував склад у Курську. Кількість жертв зросла до двох.")]
    public void Process_VictimsCounted_AssertsCasualties(string text)
    {
        // twin: victims counted are not denied
        var doc = Post(text);

        Assert.DoesNotContain(doc.Claims, c => c.Kind == ClaimKind.Casualties && c.Stance == Stance.Denies);
    }
}
