using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Quantities;

/// <summary>
/// Counts of attacks said as repetitions ("ворог 12 разів атакував", "двічі атакував", "attacked 12 times") and
/// counts whose noun stands after a second number ("441 of 476 drones").
/// </summary>
internal sealed partial class QuantityScanner
{
    private const int AttackVerbReach = 4;

    /// <summary>Whether an attack verb stands within a few words before <paramref name="before"/> or from <paramref name="after"/>, in the same clause.</summary>
    private bool AttackVerbNear(string text, ReadOnlySpan<Token> tokens, int before, int after)
    {
        for (int k = after, steps = 0; k < tokens.Length && steps < AttackVerbReach && tokens[k].Kind != TokenKind.Punctuation; k++, steps++)
        {
            if (lexicon.Lookup(text, tokens[k]).Has(WordRole.AttackVerb))
            {
                return true;
            }
        }

        for (int k = before - 1, steps = 0; k >= 0 && steps < AttackVerbReach && tokens[k].Kind != TokenKind.Punctuation; k--, steps++)
        {
            if (lexicon.Lookup(text, tokens[k]).Has(WordRole.AttackVerb))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"12 разів" / "вісім разів" / "12 times" next to an attack verb: a count of attacks.</summary>
    private bool IsAttackRepeat(string text, ReadOnlySpan<Token> tokens, int spanStart, int numberEnd) =>
        numberEnd < tokens.Length && lexicon.LookupExact(text, tokens[numberEnd]).Has(WordRole.Repeat)
        && AttackVerbNear(text, tokens, spanStart, numberEnd + 1);

    /// <summary>"двічі атакував", "трижды штурмовали", "attacked twice": a word that is itself a count of repetitions.</summary>
    private QuantityMention? MultipleAttack(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Word || !lexicon.TryMultiple(text, tokens[i], out var times)
            || !AttackVerbNear(text, tokens, i, i + 1))
        {
            return null;
        }

        return new QuantityMention { Span = tokens[i].Span, Text = text[tokens[i].Start..tokens[i].End], Value = times, Unit = Units.Attacks };
    }

    /// <summary>"441 of 476 drones", "97 of the 124 drones", "89 з 112 дронів": the unit of the second number's noun (things only), or null.</summary>
    private string? UnitAfterOf(string text, ReadOnlySpan<Token> tokens, int numberEnd)
    {
        // "97 of the 124 drones": the article before the second number is passed over
        var at = numberEnd + 1;
        if (at + 1 < tokens.Length && TimeMatcher.SameWord(tokens[at].Text(text), "the"))
        {
            at++;
        }

        if (numberEnd + 1 >= tokens.Length || !IsOf(tokens[numberEnd].Text(text))
            || !NumberReader.TryRead(text, tokens, at, out var second) || second.IsVague)
        {
            return null;
        }

        var phrase = ReadPhrase(text, tokens, second.End, second);
        return phrase is { NotCounted: false, Person: false, Casualty: null } ? phrase.Unit : null;
    }

    private static bool IsOf(ReadOnlySpan<char> word) =>
        TimeMatcher.SameWord(word, "of") || TimeMatcher.SameWord(word, "з") || TimeMatcher.SameWord(word, "із") || TimeMatcher.SameWord(word, "из");

    /// <summary>"two of the injured", "двоє з поранених", "двое из раненых": the casualty word after "of (the)".</summary>
    private int PartitiveCasualty(string text, ReadOnlySpan<Token> tokens, int j, out string? unit)
    {
        unit = null;
        if (j + 1 >= tokens.Length || !IsOf(tokens[j].Text(text)))
        {
            return -1;
        }

        var k = TimeMatcher.SameWord(tokens[j + 1].Text(text), "the") ? j + 2 : j + 1;
        if (k >= tokens.Length)
        {
            return -1;
        }

        var info = lexicon.Lookup(text, tokens[k]);
        if (!info.Has(WordRole.Casualty) || info.Has(WordRole.Noun))
        {
            return -1;
        }

        unit = info.CasualtyUnit;
        return k;
    }
}
