using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A unit post's result list: bullets of one list are one paragraph (losses told in two bullets at the town are one
/// claim), and a unit's name with an attack word ("штурмової бригади") reports nothing.
/// </summary>
public sealed class PostListTests
{
    private const long Chasiv = 712215;

    [Fact]
    public void Process_LossesInTwoBulletsOfOneList_AreOneClaim()
    {
        var doc = Docs.Text("Зранку ворог знову йшов на Часів Яр.\nПідсумок:\n✅ 7 окупантів знищено;\n✅ двоє загарбників потрапили в полон;\n✅ БМП уражено дроном.",
            outlet: "24 ОМБр імені короля Данила");
        Docs.Place(doc, "Часів Яр", Chasiv, "Chasiv Yar");

        var losses = Docs.ClaimsOf(doc).FindAll(c => c.Kind == ClaimKind.Casualties);

        Assert.Equal(Chasiv, Assert.Single(losses).Place?.GeonameId);
    }

    [Fact]
    public void Process_BulletsOfTwoLists_StayTwoClaims()
    {
        var doc = Docs.Text("Зранку ворог знову йшов на Часів Яр.\n✅ 7 окупантів знищено.\nУвечері ворог повторив спробу.\n➖ 5 окупантів знищено.",
            outlet: "24 ОМБр імені короля Данила");
        Docs.Place(doc, "Часів Яр", Chasiv, "Chasiv Yar");

        var losses = Docs.ClaimsOf(doc).FindAll(c => c.Kind == ClaimKind.Casualties);

        Assert.Equal(2, losses.Count);
    }

    [Theory]
    [InlineData("Дякуємо побратимам із 47-ї окремої штурмової бригади за підтримку!")]
    [InlineData("Thanks to the gunners of our 2nd Assault Battalion for the cover!")]
    public void Process_ThanksToAUnitWithAnAttackWordInItsName_IsNoClaim(string text)
    {
        var doc = Docs.Text("Позиції утримуємо.\n" + text, outlet: "24 ОМБр імені короля Данила");

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Span.Start > 0);
    }
}
