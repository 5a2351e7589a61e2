using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A person named right after a title that holds a belligerent body of the registry ("Речник Угруповання об'єднаних
/// сил Олег Гуменюк", "Joint Forces Grouping spokesman Oleh Humeniuk") speaks with that body's side. A title naming
/// no belligerent body ("Речник міської лікарні", a hospital's) or a former office ("Колишній речник ...") gives none.
/// </summary>
public sealed class BodyInTitleSideTests
{
    private static readonly DateOnly Published = new(2026, 5, 20);

    [Theory]
    [InlineData("Речник Угруповання об'єднаних сил Олег Гуменюк заявив, що противник двічі атакував Куп'янськ, але обидві атаки відбито.", "UA")]
    [InlineData("Представитель Группировки объединённых сил Олег Гуменюк заявил, что противник дважды атаковал Купянск, но обе атаки отбиты.", "UA")]
    [InlineData("Joint Forces Grouping spokesman Oleh Humeniuk said that the enemy attacked Kupiansk twice but both attacks were repelled.", "UA")]
    public void Process_RegistryBodyInTheTitle_GivesItsSide(string text, string side)
    {
        var doc = Docs.Text(text, outlet: "Test Outlet", published: Published);

        var claim = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Repelled);
        Assert.Equal(side, claim.Side);
    }

    [Theory]
    [InlineData("Речник міської лікарні Олег Гуменюк розповів, що противник двічі атакував Куп'янськ, але обидві атаки відбито.")]
    [InlineData("Представитель городской больницы Олег Гуменюк рассказал, что противник дважды атаковал Купянск, но обе атаки отбиты.")]
    [InlineData("City hospital spokesman Oleh Humeniuk said that the enemy attacked Kupiansk twice but both attacks were repelled.")]
    [InlineData("Колишній речник Угруповання об'єднаних сил Олег Гуменюк розповів, що противник двічі атакував Куп'янськ, але обидві атаки відбито.")]
    [InlineData("Бывший представитель Группировки объединённых сил Олег Гуменюк рассказал, что противник дважды атаковал Купянск, но обе атаки отбиты.")]
    [InlineData("Former Joint Forces Grouping spokesman Oleh Humeniuk said that the enemy attacked Kupiansk twice but both attacks were repelled.")]
    public void Process_NoRegistryBodyOrAFormerTitle_GivesNone(string text)
    {
        // twin: the title names a body that is no belligerent of the registry (a hospital), or the office is a former one
        var doc = Docs.Text(text, outlet: "Test Outlet", published: Published);

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Repelled && c.Side is not null);
    }
}
