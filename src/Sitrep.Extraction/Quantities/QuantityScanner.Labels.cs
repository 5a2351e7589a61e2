using Sitrep.Core.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Quantities;

/// <summary>Units read from the words before a count: a loss-table label, a population.</summary>
internal sealed partial class QuantityScanner
{
    /// <summary>A table row "tanks — 5", "особового складу – близько 1020 осіб": the label before the number.</summary>
    private string? LabelBefore(string text, ReadOnlySpan<Token> tokens, int spanStart)
    {
        if (spanStart < 2 || tokens[spanStart - 1].Text(text) is not (['—'] or ['–'] or ['‒'] or ['-'] or [':']))
        {
            return null;
        }

        // read back from the dash to the start of the row: the leftmost noun heads it ("vehicles and fuel tanks - 68,015")
        string? unit = null, modifierFrom = null, modifierTo = null;
        for (var k = spanStart - 2; k >= Math.Max(0, spanStart - 7) && tokens[k].Kind == TokenKind.Word; k--)
        {
            var info = lexicon.Lookup(text, tokens[k]);
            if (info.Has(WordRole.Noun))
            {
                unit = info.Unit;
            }

            if (info.Has(WordRole.Modifier))
            {
                (modifierFrom, modifierTo) = (info.ModifierFrom, info.ModifierTo);
            }
        }

        return unit is not null && unit == modifierFrom ? modifierTo : unit;
    }

    /// <summary>"a pre-war population of about 60,000", "a city of 700,000", "з населенням 60 тисяч": a head count of people.</summary>
    private bool PopulationBefore(string text, ReadOnlySpan<Token> tokens, int spanStart)
    {
        var k = spanStart - 1;
        if (k > 0 && TimeMatcher.SameWord(tokens[k].Text(text), "of"))
        {
            k--;
        }

        return k >= 0 && k < spanStart && lexicon.Lookup(text, tokens[k]).Has(WordRole.Population);
    }
}
