using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>An attack told as a possibility ("could strike again", "може повторити атаку", "могут нанести удар") is a warning, not a strike.</summary>
public sealed class PossibleAttackTests
{
    [Theory]
    [InlineData("The air force warned that Russia is massing attack drones and could repeat the attack on Odesa tonight.", "Odesa")]
    [InlineData("Речник попередив, що ворог стягує ударні дрони і може повторити атаку на Одесу вночі.", "Одесу")]
    [InlineData("Представитель штаба предупредил, что противник копит ударные дроны и может повторить атаку на Одессу.", "Одессу")]
    public void Process_AttackOnlyPossible_IsNoStrike(string text, string city)
    {
        var doc = Docs.Text(text, outlet: "Coast Wire");
        Docs.Place(doc, city, 698740, "Odesa");

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }

    [Theory]
    [InlineData("The air force said Russia attacked Odesa with attack drones overnight.", "Odesa")]
    [InlineData("У Повітряних силах повідомили, що ворог атакував Одесу ударними дронами.", "Одесу")]
    public void Process_AttackDone_StaysAStrike(string text, string city)
    {
        var doc = Docs.Text(text, outlet: "Coast Wire");
        Docs.Place(doc, city, 698740, "Odesa");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }
}
