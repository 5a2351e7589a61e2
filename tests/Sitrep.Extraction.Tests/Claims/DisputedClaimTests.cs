using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>Disputing a claim is denying it: "disputed the claim", "поставили під сумнів", "оспорили".</summary>
public sealed class DisputedClaimTests
{
    [Theory]
    [InlineData("The Ukrainian General Staff disputed reports of strikes on the port of Kherson.")]
    [InlineData("Генштаб ЗСУ заявив, що військові поставили під сумнів повідомлення про удари по порту Херсона.")]
    [InlineData("Генштаб ВСУ заявил, что военные оспорили сообщения об ударах по порту Херсона.")]
    public void Process_Disputed_IsADenial(string text)
    {
        var doc = Docs.Text(text, outlet: "Dnipro Courier");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Stance == Stance.Denies);
    }
}
