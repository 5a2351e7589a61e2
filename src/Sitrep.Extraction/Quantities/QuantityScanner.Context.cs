using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Time;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Quantities;

/// <summary>The words around a number: ranges, hedges, labels, times of day and comparison notes.</summary>
internal sealed partial class QuantityScanner
{
    private static readonly string[] RangeJoiners = ["-", "–", "—", "to", "or", "and", "до", "або", "чи", "или", "і", "и", "та"];
    private static readonly string[] RangeOpeners = ["between", "from", "між", "между", "від", "от"];

    private static bool IsRangeOpener(ReadOnlySpan<char> word)
    {
        foreach (var opener in RangeOpeners)
        {
            if (TimeMatcher.SameWord(word, opener))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"1,000-1,500", "one or two", "two to three", "between 10 and 20": the upper number, if the range holds.</summary>
    private static NumberRead? TryRange(string text, ReadOnlySpan<Token> tokens, NumberRead first, List<TextSpan> excluded)
    {
        var j = first.End;
        if (first.IsVague || j + 1 >= tokens.Length || IsExcluded(tokens[j + 1].Span, excluded))
        {
            return null;
        }

        var joiner = tokens[j].Text(text);
        var isJoiner = false;
        foreach (var candidate in RangeJoiners)
        {
            isJoiner |= TimeMatcher.SameWord(joiner, candidate);
        }

        if (!isJoiner || !NumberReader.TryRead(text, tokens, j + 1, out var second) || second.IsVague || second.IsWord != first.IsWord)
        {
            return null;
        }

        if (first.Scale == 1 && second.Scale == 1 && second.End < tokens.Length && TimeMatcher.SameWord(tokens[second.End].Text(text), "dozen"))
        {
            // "one or two dozen": the dozen scales both ends
            second = second with { Value = second.Value * 12, End = second.End + 1, Scale = 12 };
        }

        var low = first.Scale == 1 && second.Scale > 1 ? first.Value * second.Scale : first.Value;
        var isAnd = TimeMatcher.SameWord(joiner, "and") || TimeMatcher.SameWord(joiner, "і") || TimeMatcher.SameWord(joiner, "и") || TimeMatcher.SameWord(joiner, "та");
        var opened = first.End > 1 && IsRangeOpener(tokens[Math.Max(0, j - 2)].Text(text));
        if (isAnd && !opened)
        {
            return null;
        }

        return second.Value > low && second.Value <= low * 20 ? second : null;
    }

    /// <summary>The hedge phrase right before the number, if any, and where the span then starts.</summary>
    private HedgeKind? FindHedge(string text, ReadOnlySpan<Token> tokens, int start, out int spanStart)
    {
        spanStart = start;
        if (start == 0)
        {
            return null; // no word before the number: no hedge ends there
        }

        var hedges = lexicon.Hedges;
        // only the hedges whose last word is the word before the number, in their order
        foreach (var h in lexicon.HedgesEndingWith(tokens[start - 1].Text(text)))
        {
            var (words, kind) = hedges[h];
            var from = start - words.Length;
            if (from < 0)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < words.Length && all; k++)
            {
                all = TimeMatcher.SameWord(tokens[from + k].Text(text), words[k]);
            }

            if (!all)
            {
                continue;
            }

            // "rose to 12", "зросла до 12": a target, not a bound
            if (kind == HedgeKind.UpTo && words.Length == 1 && from > 0 && lexicon.Lookup(text, tokens[from - 1]).Has(WordRole.ChangeVerb))
            {
                return null;
            }

            spanStart = from;
            return kind;
        }

        return null;
    }

    /// <summary>Unit numbers, road numbers, codes, money and times of day are not counts.</summary>
    private bool IsLabelOrTime(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (start > 0)
        {
            var before = tokens[start - 1];
            var word = before.Text(text);
            var adjacent = before.End == tokens[start].Start;
            if (word is ['$'] or ['€'] or ['£'] or ['₴'] or ['№'] or ['#'] || (adjacent && word is ['+'] or [':']))
            {
                return true;
            }

            if (before.Kind == TokenKind.Word && lexicon.Lookup(word).Has(WordRole.Label))
            {
                return true;
            }

            if (word is ['.'] && start > 1 && lexicon.Lookup(text, tokens[start - 2]).Has(WordRole.Label))
            {
                return true;
            }
        }

        if (end + 1 < tokens.Length && tokens[end].Start == tokens[end - 1].End)
        {
            var next = tokens[end].Text(text);
            var after = tokens[end + 1];
            var joined = after.Start == tokens[end].End;
            if (joined && next is [':'] && after.Kind == TokenKind.Number)
            {
                return true; // 05:40
            }

            if (joined && next is ['-'] && after.Kind == TokenKind.Word && !lexicon.Lookup(after.Text(text)).Has(WordRole.Noun))
            {
                return true; // 24-year-old, 3-тя бригада, 155-мм
            }
        }

        return false;
    }

    /// <summary>The index of the last quantity that ends at or before token <paramref name="k"/>, or -1.</summary>
    private static int LastEndingBy(List<(QuantityMention Mention, int EndToken)> found, int k)
    {
        for (var f = found.Count - 1; f >= 0; f--)
        {
            if (found[f].EndToken <= k)
            {
                return f;
            }
        }

        return -1;
    }

    /// <summary>Keeps a comparison said after a number ("the largest such attack so far") as that quantity's note.</summary>
    private void AttachNotes(string text, ReadOnlySpan<Token> tokens, List<(QuantityMention Mention, int EndToken)> found)
    {
        if (found.Count == 0)
        {
            return;
        }

        for (var k = 0; k < tokens.Length; k++)
        {
            var initial = tokens[k].End > tokens[k].Start ? text[tokens[k].Start] : '\0';
            var (lower, upper) = (TimeMatcher.Fold(initial), Letters.Upper(initial));
            var all = ComparisonInitials;
            var initials = all.ByPhrase;
            if (!all.Any && !all.Lower.Contains(lower) && !all.Upper.Contains(upper))
            {
                continue; // no phrase starts with the letter: most tokens are not compared phrase by phrase
            }

            for (var c = 0; c < initials.Length; c++)
            {
                var words = lexicon.Comparisons[c];
                if ((!initials[c].Any && lower != initials[c].Lower && upper != initials[c].Upper) || !StartsWithPhrase(text, tokens, k, words))
                {
                    continue;
                }

                var owner = LastEndingBy(found, k);
                if (owner < 0 || found[owner].Mention.Note is not null)
                {
                    break;
                }

                var end = k;
                while (end + 1 < tokens.Length && tokens[end + 1].Text(text) is not ([','] or [';'] or ['('] or [':'] or ['.'] or ['!'] or ['?']))
                {
                    end++;
                }

                var note = text[tokens[k].Start..tokens[end].End];
                found[owner] = (found[owner].Mention with { Note = note }, found[owner].EndToken);
                k = end;
                break;
            }
        }
    }

    /// <summary>
    /// The first letter of each comparison phrase, lower-cased as <see cref="TimeMatcher.SameWord"/> compares and
    /// upper-cased as a case-insensitive prefix compares: a token whose first letter matches neither cannot start
    /// the phrase, so it is not compared word by word. Any: an empty first word, always compared.
    /// </summary>
    private Initials ComparisonInitials => _comparisonInitials ??= Initials.Of(lexicon.Comparisons);

    private Initials? _comparisonInitials;

    /// <summary>Per phrase its initial; and the initials of all phrases, lower- and upper-cased, and whether some phrase may start with anything.</summary>
    private sealed record Initials((char Lower, char Upper, bool Any)[] ByPhrase, string Lower, string Upper, bool Any)
    {
        public static Initials Of(List<string[]> phrases)
        {
            var initials = phrases.Select(
                w => w[0].Length > 0 ? (TimeMatcher.Fold(w[0][0]), Letters.Upper(w[0][0]), false) : ('\0', '\0', true)).ToArray();
            return new Initials(initials, string.Concat(initials.Select(i => i.Item1).Distinct()),
                string.Concat(initials.Select(i => i.Item2).Distinct()), initials.Any(i => i.Item3));
        }
    }

    private static bool StartsWithPhrase(string text, ReadOnlySpan<Token> tokens, int k, string[] words)
    {
        if (k + words.Length > tokens.Length)
        {
            return false;
        }

        for (var w = 0; w < words.Length; w++)
        {
            var token = tokens[k + w].Text(text);
            var last = w == words.Length - 1;
            // a stem matches its inflections: "найбільш" matches "найбільша", "рекорд" matches "рекордна"
            if (!(TimeMatcher.SameWord(token, words[w]) || (last && words[w].Length >= 5 && token.StartsWith(words[w], StringComparison.OrdinalIgnoreCase))))
            {
                return false;
            }
        }

        return true;
    }
}
