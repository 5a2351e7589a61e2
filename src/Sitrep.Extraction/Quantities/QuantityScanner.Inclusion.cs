using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Quantities;

/// <summary>A count of people inside a casualty count: "18 people were injured, including three children".</summary>
internal sealed partial class QuantityScanner
{
    private static readonly HashSet<string> InheritableUnits = [Units.Killed, Units.Wounded, Units.Captured, Units.Missing];

    /// <summary>
    /// A count of people with no unit of its own ("three children") right after an inclusion phrase ("including",
    /// "серед них", "в том числе") takes the casualty unit of the nearest casualty count before it in the sentence.
    /// </summary>
    private void InheritCasualty(string text, ReadOnlySpan<Token> tokens, List<(QuantityMention Mention, int EndToken)> found)
    {
        for (var f = 1; f < found.Count; f++)
        {
            var mention = found[f].Mention;
            if (mention.Unit != Units.Other || mention.Subject is null)
            {
                continue;
            }

            var start = FirstToken(tokens, mention.Span.Start);
            if (start < 0 || !AfterInclusion(text, tokens, start))
            {
                continue;
            }

            for (var g = f - 1; g >= 0; g--)
            {
                if (InheritableUnits.Contains(found[g].Mention.Unit))
                {
                    found[f] = (mention with { Unit = found[g].Mention.Unit }, found[f].EndToken);
                    break;
                }
            }
        }
    }

    private bool AfterInclusion(string text, ReadOnlySpan<Token> tokens, int start)
    {
        foreach (var words in lexicon.Inclusions)
        {
            var from = start - words.Length;
            if (from >= 0 && StartsWithPhrase(text, tokens, from, words) && TimeMatcher.SameWord(tokens[start - 1].Text(text), words[^1]))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstToken(ReadOnlySpan<Token> tokens, int charStart)
    {
        for (var k = 0; k < tokens.Length; k++)
        {
            if (tokens[k].Start == charStart)
            {
                return k;
            }
        }

        return -1;
    }
}
