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

    /// <summary>"hit" is an attack word only as itself: a future told of the town's history leaves the strike told
    /// beside it.</summary>
    [Theory]
    [InlineData("The air force said Russia attacked Odesa with drones overnight; the city's history museum will stay shut.")]
    [InlineData("The air force said Russia attacked Odesa with drones overnight; hitherto quiet districts will get shelters.")]
    public void Process_FutureOfAWordStartingWithHit_StaysAStrike(string text)
    {
        var doc = Docs.Text(text, outlet: "Coast Wire");
        Docs.Place(doc, "Odesa", 698740, "Odesa");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }

    /// <summary>The clause mood events use decides claims too: a one-word Ukrainian future, a weapon launched only as
    /// possible, an attempt to come; the same clause told as done stays a strike.</summary>
    [Theory]
    [InlineData("Речник Повітряних сил зазначив, що росіяни й надалі намагатимуться бити по Сумах балістикою.", "Сумах", 692194)]
    [InlineData("The spokesman said Russia could launch attack drones at Odesa again tonight.", "Odesa", 698740)]
    [InlineData("В штабе заявили, что противник попытается нанести удар по Одессе.", "Одессе", 698740)]
    [InlineData("The governor said strikes on the port of Odesa will continue.", "Odesa", 698740)]
    public void Process_AttackToldInClauseMood_IsNoStrike(string text, string city, long id)
    {
        var doc = Docs.Text(text, outlet: "Coast Wire");
        Docs.Place(doc, city, id, city);

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }

    [Theory]
    [InlineData("Речник Повітряних сил зазначив, що росіяни вночі знову били по Сумах балістикою.", "Сумах", 692194)]
    [InlineData("The spokesman said Russia launched attack drones at Odesa overnight.", "Odesa", 698740)]
    [InlineData("В штабе заявили, что противник нанес удар по Одессе.", "Одессе", 698740)]
    [InlineData("The governor said strikes on the port of Odesa continued overnight.", "Odesa", 698740)]
    public void Process_AttackToldAsDone_StaysAStrike(string text, string city, long id)
    {
        var doc = Docs.Text(text, outlet: "Coast Wire");
        Docs.Place(doc, city, id, city);

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }
}
