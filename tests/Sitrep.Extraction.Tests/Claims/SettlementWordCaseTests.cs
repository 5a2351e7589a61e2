using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A settlement word in another case ("на південь від селища", "в посёлке") refers back to the settlement named
/// before it, like "селище" and "посёлок" do.
/// </summary>
public sealed class SettlementWordCaseTests
{
    [Theory]
    [InlineData("Міністерство оборони Росії заявило про захоплення Борової. «Бої тривають на південь від селища», – сказав речник 3-го армійського корпусу.", "Борової")]
    [InlineData("Министерство обороны России заявило о взятии Боровой. «Бои идут в посёлке и на его окраинах», — сказал представитель 3-го армейского корпуса.", "Боровой")]
    public void Process_SettlementWordInAnotherCase_RefersBack(string text, string named)
    {
        var doc = Docs.Text(text, outlet: "Kharkiv Courier", published: new DateOnly(2026, 2, 12));
        Docs.Place(doc, named, 712345, "Borova");

        var claims = Docs.ClaimsOf(doc);

        Assert.Equal(2, claims.Count(c => c.Place?.GeonameId == 712345));
    }

    [Fact]
    public void Process_CapitalNamedAsItsGovernment_IsNotTheSettlementReferredTo()
    {
        const string text = "Міністерство оборони Росії заявило про захоплення Борової. Колишній генерал Петро Кравець вважає, що такі заяви Москви розраховані на внутрішню аудиторію. «Бої біля селища досі тривають», – сказав він.";
        var doc = Docs.Text(text, outlet: "Kharkiv Courier", published: new DateOnly(2026, 2, 12));
        Docs.Place(doc, "Борової", 712345, "Borova");
        Docs.Place(doc, "Москви", 524901, "Moscow", country: "RU", featureCode: "PPLC");

        var last = Docs.ClaimsOf(doc)[^1];

        Assert.Equal(712345, last.Place?.GeonameId);
    }
}
