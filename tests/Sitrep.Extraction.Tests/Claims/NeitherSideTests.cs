using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "Neither side fully controls Torske" denies control as "жодна зі сторін не контролює", "ни одна из сторон не
/// контролирует" and "полностью не контролируют" do: a negating determiner before the subject is a negation of the verb
/// (the Russian singular "контролирует" is a control word as the plural is). A side named in its place asserts it.
/// </summary>
public sealed class NeitherSideTests
{
    private static readonly DateOnly Published = new(2026, 5, 22);

    [Theory]
    [InlineData("We assess that neither side fully controls Torske.")]
    [InlineData("За нашою оцінкою, жодна зі сторін повністю не контролює Торське.")]
    [InlineData("По нашим оценкам, украинские силы полностью не контролируют Торское.")]
    [InlineData("По нашим оценкам, ни одна из сторон полностью не контролирует Торское.")]
    public void Process_NeitherSideControls_DeniesControl(string text)
    {
        var claims = Docs.ClaimsOf(Docs.Text(text, outlet: "Verify Desk", published: Published));

        var claim = Assert.Single(claims, c => c.Kind == ClaimKind.Control);
        Assert.Equal(Stance.Denies, claim.Stance);
    }

    [Theory]
    [InlineData("We assess that Ukrainian forces fully control Torske.")]
    [InlineData("За нашою оцінкою, українські сили повністю контролюють Торське.")]
    [InlineData("По нашим оценкам, украинские силы полностью контролируют Торское.")]
    [InlineData("По нашим оценкам, украинская армия полностью контролирует Торское.")]
    public void Process_ASideControls_AssertsControl(string text)
    {
        // twin: a side named where "neither" stood asserts the control
        var claims = Docs.ClaimsOf(Docs.Text(text, outlet: "Verify Desk", published: Published));

        var claim = Assert.Single(claims, c => c.Kind == ClaimKind.Control);
        Assert.Equal(Stance.Asserts, claim.Stance);
    }
}
