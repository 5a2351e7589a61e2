using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Quantities;

/// <summary>Killed and wounded said together ("до 30 осіб убитими та пораненими"): no combined unit, read as losses.</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>Marks a count of killed and wounded together; <see cref="ResolveUnit"/> turns it into a unit.</summary>
    private const string CombinedLosses = "killed+wounded";

    /// <summary>"убитими та пораненими", "killed and wounded": a killed word joined to a wounded word (or the reverse).</summary>
    private bool IsCombined(string text, ReadOnlySpan<Token> tokens, int k, string? unit)
    {
        if (unit is not (Units.Killed or Units.Wounded) || k + 2 >= tokens.Length)
        {
            return false;
        }

        var joiner = tokens[k + 1].Text(text);
        if (!(TimeMatcher.SameWord(joiner, "and") || TimeMatcher.SameWord(joiner, "or") || TimeMatcher.SameWord(joiner, "та")
            || TimeMatcher.SameWord(joiner, "і") || TimeMatcher.SameWord(joiner, "й") || TimeMatcher.SameWord(joiner, "и")))
        {
            return false;
        }

        var other = lexicon.Lookup(text, tokens[k + 2]);
        return other.Has(WordRole.Casualty) && other.CasualtyUnit is (Units.Killed or Units.Wounded) && other.CasualtyUnit != unit;
    }

    /// <summary>Killed and wounded together: losses of people, personnel when the count is military or of losses, else other.</summary>
    private string CombinedUnit(string text, ReadOnlySpan<Token> tokens, int spanStart, NounPhrase phrase) =>
        phrase.Unit == Units.Personnel || LossBefore(text, tokens, spanStart) ? Units.Personnel : Units.Other;

    /// <summary>Whether a loss word ("втрати", "потери", "losses") comes before the count in its sentence.</summary>
    private bool LossBefore(string text, ReadOnlySpan<Token> tokens, int spanStart)
    {
        for (var k = 0; k < spanStart; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && lexicon.Lookup(text, tokens[k]).Has(WordRole.Loss))
            {
                return true;
            }
        }

        return false;
    }
}
