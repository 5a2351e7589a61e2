using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A person named right after a title whose words name a side or a side's kind of unit ("Командир батальйону 54-ї
/// окремої механізованої бригади Олександр Мельник", "The commander of a Ukrainian battalion Andrii Savchuk") speaks
/// with that side. A title that names no side gives none.
/// </summary>
public sealed class TitleBeforeNameSideTests
{
    private static readonly DateOnly Published = new(2026, 5, 9);

    [Theory]
    [InlineData("Командир батальйону 54-ї окремої механізованої бригади Олександр Мельник розповів, що противник двічі атакував Сіверськ, але обидві атаки відбито.", "UA")]
    [InlineData("Командир батальона 54-й механизированной бригады ВСУ Александр Мельник рассказал, что противник дважды атаковал Северск, но обе атаки отбиты.", "UA")]
    [InlineData("The commander of a Ukrainian battalion Andrii Melnyk said that the enemy attacked Siversk twice but both attacks were repelled.", "UA")]
    public void Process_TitleNamingASideBeforeTheName_GivesTheSide(string text, string side)
    {
        var doc = Docs.Text(text, outlet: "Test Outlet", published: Published);

        var claim = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Repelled);
        Assert.Equal(side, claim.Side);
    }

    [Theory]
    [InlineData("Вчителька місцевої школи Олена Мельник розповіла, що противник двічі атакував Сіверськ, але обидві атаки відбито.")]
    [InlineData("Учительница местной школы Елена Мельник рассказала, что противник дважды атаковал Северск, но обе атаки отбиты.")]
    [InlineData("A local teacher Olena Melnyk said that the enemy attacked Siversk twice but both attacks were repelled.")]
    public void Process_TitleNamingNoSide_GivesNone(string text)
    {
        // twin: a civilian's title names no side
        var doc = Docs.Text(text, outlet: "Test Outlet", published: Published);

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Repelled && c.Side is not null);
    }
}
