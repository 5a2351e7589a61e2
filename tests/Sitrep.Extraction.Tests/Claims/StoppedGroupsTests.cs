using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>Assault groups stopped ("the groups had been stopped", "групи зупинено", "группы остановлены") are an attack repelled.</summary>
public sealed class StoppedGroupsTests
{
    [Theory]
    [InlineData("The brigade said two Russian infantry groups were stopped on the outskirts of Siversk.", "Siversk")]
    [InlineData("У бригаді повідомили, що дві штурмові групи зупинено на околиці Сіверська.", "Сіверська")]
    [InlineData("В бригаде сообщили, что две штурмовые группы остановлены на окраине Северска.", "Северска")]
    public void Process_AssaultGroupsStopped_IsRepelled(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Front Desk");
        Docs.Place(doc, town, 700646, "Siversk");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(ClaimKind.Repelled, claim.Kind);
        Assert.Equal(700646, claim.Place?.GeonameId);
    }
}
