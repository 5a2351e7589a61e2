using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// An analysis outlet's assessment in its own voice ("We assess that ...", "ISW assesses that ...", "За нашою оцінкою",
/// "По нашим оценкам") is the outlet's claim, dated by publication when it names no time.
/// </summary>
public sealed class OwnAssessmentTests
{
    private const long Siversk = 694216;
    private static readonly DateOnly Published = new(2025, 12, 3);

    [Theory]
    [InlineData("Drone footage shows burned vehicles on the road. We assess that Russian forces do not control Siversk.", "Siversk", Stance.Denies)]
    [InlineData("We continue to assess that Ukrainian troops still hold Siversk despite heavy pressure.", "Siversk", Stance.Asserts)]
    [InlineData("За нашою оцінкою, українські підрозділи утримують Сіверськ.", "Сіверськ", Stance.Asserts)]
    [InlineData("По нашим оценкам, российские войска не контролируют Северск.", "Северск", Stance.Denies)]
    public void Process_FirstPersonAssessment_IsTheOutletsClaim(string text, string name, Stance stance)
    {
        var doc = Docs.Text(text, outlet: "Donbas Situation Desk", published: Published);
        Docs.Place(doc, name, Siversk, "Siversk");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal("Donbas Situation Desk", claim.Claimant);
        Assert.Null(claim.Side);
        Assert.Equal(ClaimKind.Control, claim.Kind);
        Assert.Equal(stance, claim.Stance);
        Assert.Equal(Siversk, claim.Place?.GeonameId);
        Assert.Equal(Published, claim.From);
    }

    [Fact]
    public void Process_PublisherNamedByItsInitials_IsThePublisher()
    {
        var doc = Docs.Text("ISW assesses that Russian forces have not encircled Siversk.", outlet: "Institute for the Study of War", published: Published);
        Docs.Place(doc, "Siversk", Siversk, "Siversk");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal("Institute for the Study of War", claim.Claimant);
        Assert.Equal(ClaimKind.Encirclement, claim.Kind);
        Assert.Equal(Stance.Denies, claim.Stance);
    }

    [Fact]
    public void Process_AnotherBodysAssessment_IsThatBodysClaim()
    {
        var doc = Docs.Text("The Conflict Mapping Project assessed that Russian troops had captured the outskirts of Siversk.", outlet: "Eastern Ledger", published: Published);
        Docs.Place(doc, "Siversk", Siversk, "Siversk");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal("Conflict Mapping Project", claim.Claimant);
        Assert.Equal(ClaimKind.Capture, claim.Kind);
    }

    [Fact]
    public void Process_AnalysisSentenceWithoutAssessmentCue_IsNoClaim()
    {
        var doc = Docs.Text("Russian forces will likely try to take Siversk before winter.", outlet: "Donbas Situation Desk", published: Published);
        Docs.Place(doc, "Siversk", Siversk, "Siversk");

        Assert.Empty(Docs.ClaimsOf(doc));
    }

    [Fact]
    public void Process_AssessmentOfNothingCheckable_IsNoClaim()
    {
        var doc = Docs.Text("We assess that the winter will slow both armies down.", outlet: "Donbas Situation Desk", published: Published);

        Assert.Empty(Docs.ClaimsOf(doc));
    }
}
