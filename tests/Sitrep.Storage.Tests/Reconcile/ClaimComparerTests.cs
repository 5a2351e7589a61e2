using Sitrep.Core.Contract;
using Sitrep.Reconcile.Claims;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests.Reconcile;

public sealed class ClaimComparerTests
{
    [Theory]
    // kind, stance, extent, side  vs  kind, stance, extent, side  -> relation
    [InlineData("capture asserts - RU", "capture denies - UA", "contradicts")]
    [InlineData("control asserts full RU", "control asserts north UA", "contradicts")]
    [InlineData("capture asserts - RU", "control asserts north UA", "contradicts")]
    [InlineData("control asserts south RU", "control asserts north UA", "none")]
    [InlineData("control asserts partial RU", "control asserts north UA", "none")]
    [InlineData("control asserts north RU", "control asserts north UA", "contradicts")]
    [InlineData("capture asserts - RU", "repelled asserts - UA", "contradicts")]
    [InlineData("repelled asserts - UA", "capture denies - RU", "none")]
    [InlineData("capture asserts - RU", "capture asserts - RU", "none")]
    [InlineData("capture asserts - RU", "capture denies - RU", "none")]
    [InlineData("strike asserts - UA", "strike denies - RU", "contradicts")]
    [InlineData("casualties asserts - RU", "casualties denies - UA", "contradicts")]
    [InlineData("strike asserts - UA", "strike asserts - RU", "corroborates")]
    [InlineData("strike asserts - UA", "casualties denies - RU", "none")]
    [InlineData("other asserts - UA", "other denies - RU", "none")] // a statement with no kind weighs nothing
    [InlineData("other asserts - UA", "other asserts - RU", "none")]
    [InlineData("other denies - RU", "strike asserts - UA", "none")]
    [InlineData("sabotage asserts - UA", "sabotage denies - RU", "none")] // a kind outside the contract weighs nothing either
    public void Compare_TwoClaimsSamePlaceSameDay_Relation(string first, string second, string expected)
    {
        var a = Claim("doc-a", first, "2025-11-20");
        var b = Claim("doc-b", second, "2025-11-20");

        Assert.Equal(expected, Name(ClaimComparer.Compare(a, b)));
        Assert.Equal(expected, Name(ClaimComparer.Compare(b, a)));
    }

    [Theory]
    [InlineData("capture asserts - RU", "capture denies - UA", "2025-11-27", "contradicts")] // possession: a week
    [InlineData("capture asserts - RU", "capture denies - UA", "2025-11-28", "none")]
    [InlineData("strike asserts - UA", "strike denies - RU", "2025-11-22", "contradicts")] // strikes: two days
    [InlineData("strike asserts - UA", "strike denies - RU", "2025-11-23", "none")]
    public void Compare_ClaimsDaysApart_OnlyWithinTheWindow(string first, string second, string secondDate, string expected)
    {
        Assert.Equal(expected, Name(ClaimComparer.Compare(Claim("doc-a", first, "2025-11-20"), Claim("doc-b", second, secondDate))));
    }

    [Theory]
    [InlineData("control asserts full RU", "Russia's Defence Ministry said its troops had taken full control of Kupiansk.",
        "control asserts outskirts UA", "The brigade said Russian units control only the outskirts of Kupiansk.", "corroborates")]
    [InlineData("capture asserts - RU", "The ministry said Russian forces had captured Kupiansk.",
        "capture asserts - UA", "The Khortytsia group confirmed that Russian troops had captured Kupiansk.", "corroborates")]
    [InlineData("capture asserts - RU", "The ministry said Russian forces had captured Kupiansk.",
        "capture asserts - UA", "The group confirmed that Russian troops had captured Kupiansk after Ukrainian units withdrew.", "corroborates")]
    [InlineData("capture asserts - RU", "The ministry said Russian forces had captured Kupiansk.",
        "control asserts north UA", "The corps said Ukrainian forces still hold the northern part of Kupiansk.", "contradicts")]
    [InlineData("capture asserts - RU", "The ministry said Kupiansk was liberated from Ukrainian troops.",
        "control asserts north UA", "The corps said its troops still hold the north of Kupiansk.", "contradicts")]
    [InlineData("control asserts full RU", "Russian troops fully control Kupiansk, the ministry said.",
        "control asserts full UA", "Генштаб ЗСУ заявив, що Купʼянськ під контролем Сил оборони.", "contradicts")]
    public void Compare_ClaimTextNamesWhoseForces_HolderFromText(string first, string firstText, string second, string secondText, string expected)
    {
        var a = Claim("doc-a", first, "2025-11-20", text: firstText);
        var b = Claim("doc-b", second, "2025-11-20", text: secondText);

        Assert.Equal(expected, Name(ClaimComparer.Compare(a, b)));
        Assert.Equal(expected, Name(ClaimComparer.Compare(b, a)));
    }

    [Fact]
    public void Compare_BothUndated_Contradicts()
    {
        var a = Claim("doc-a", "capture asserts - RU", null);
        var b = Claim("doc-b", "capture denies - UA", null);

        Assert.Equal("contradicts", Name(ClaimComparer.Compare(a, b)));
        Assert.Contains("both undated", ClaimComparer.Compare(a, b)!.Reason);
    }

    [Fact]
    public void Compare_DifferentPlaces_NoRelation()
    {
        var a = Claim("doc-a", "capture asserts - RU", "2025-11-20", Place.Kupiansk);
        var b = Claim("doc-b", "capture denies - UA", "2025-11-20", Place.Pokrovsk);

        Assert.Null(ClaimComparer.Compare(a, b));
    }

    private static string Name(ClaimRelation? r) => r is null ? "none" : r.Kind.ToString().ToLowerInvariant();

    /// <summary>"kind stance extent side" ("-" for no extent); the claim's date is the document's publication date.</summary>
    [Fact]
    public void KindsRelatedTo_EveryPairOfKindsStancesAndExtents_EveryRelationIsAmongThem()
    {
        // a store looks for related claims only among these kinds: a relation outside them would be a link never made
        string[] kinds = ["capture", "control", "repelled", "strike", "casualties", "encirclement", "other"];
        var specs = (from kind in kinds
                     from stance in new[] { "asserts", "denies" }
                     from extent in new[] { "-", "north", "partial" }
                     from side in new[] { "RU", "UA" }
                     select $"{kind} {stance} {extent} {side}").ToList();
        var related = 0;
        foreach (var first in specs)
        {
            foreach (var second in specs)
            {
                var (a, b) = (Claim("doc-a", first, "2025-11-20"), Claim("doc-b", second, "2025-11-21"));
                if (ClaimComparer.Compare(a, b) is not null)
                {
                    related++;
                    Assert.Contains(b.Claim.Kind, ClaimComparer.KindsRelatedTo(a.Claim.Kind));
                }
            }
        }

        Assert.True(related > 50, $"{related} related pairs");
        Assert.Empty(ClaimComparer.KindsRelatedTo("other"));
    }

    [Fact]
    public void KindsWithRelations_EveryKindOfTheContract_ExactlyThoseThatRelateToSomeKind()
    {
        // the store keeps and reads back for matching only these kinds, and asks KindsRelatedTo for each new claim:
        // a kind in one and not the other would be a claim held but never asked for, or asked for and never read back
        var contract = Enum.GetValues<Sitrep.Core.Model.ClaimKind>().Select(ContractNames.Of).ToList();

        Assert.Equal(contract.Where(k => ClaimComparer.KindsRelatedTo(k).Count > 0), ClaimComparer.KindsWithRelations);
        Assert.Equal(["control", "capture", "repelled", "casualties", "encirclement", "strike"], ClaimComparer.KindsWithRelations);
        Assert.All(contract, k => Assert.All(ClaimComparer.KindsRelatedTo(k), r => Assert.Contains(r, ClaimComparer.KindsWithRelations)));
        Assert.Empty(ClaimComparer.KindsRelatedTo("sabotage"));
    }

    private static ClaimReport Claim(string documentId, string spec, string? published, Place? place = null, string text = "(claim)")
    {
        var p = spec.Split(' ');
        var claim = new ClaimDto
        {
            Id = "c1",
            Claimant = p[3] == "RU" ? "Russian Defence Ministry" : "General Staff of Ukraine",
            Side = p[3],
            Kind = p[0],
            Stance = p[1],
            Extent = p[2] == "-" ? null : p[2],
            Place = (place ?? Place.Kupiansk).Ref,
            Start = 0,
            End = 10,
            Text = text,
            Confidence = 0.8,
            Contradicts = [],
        };
        return new ClaimReport("clm-" + documentId, documentId, claim, "Outlet", published);
    }
}
