using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Quantities;

/// <summary>
/// Finds quantities in one sentence: a number (with range, hedge and scale), then the unit from the noun phrase
/// after it, from a casualty word before or after it, or from a table label before it ("tanks — 5").
/// </summary>
internal sealed partial class QuantityScanner(QuantityLexicon lexicon)
{
    public static QuantityScanner Default { get; } = new(QuantityLexicon.Default);

    /// <summary>The unit of nouns for metres in the language data; a mention reports them as <see cref="Units.DistanceKm"/>.</summary>
    internal const string Metres = "metres";

    public void Scan(Document document, Sentence sentence, List<TextSpan> excluded, List<QuantityMention> into)
    {
        var text = document.Text;
        var tokens = document.TokensOf(sentence);
        var found = t_found ??= [];
        found.Clear();
        var i = 0;
        while (i < tokens.Length)
        {
            if (IsExcluded(tokens[i].Span, excluded) || !NumberReader.TryRead(text, tokens, i, out var first))
            {
                if ((Singular(text, tokens, i) ?? MultipleAttack(text, tokens, i)) is { } one)
                {
                    found.Add((one, i + 1));
                }

                i++;
                continue;
            }

            if (IsLabelOrTime(text, tokens, i, first.End))
            {
                i = first.End;
                continue;
            }

            var mention = Build(text, tokens, i, first, excluded, out var endToken);
            if (mention is not null)
            {
                found.Add((mention, endToken));
            }

            i = Math.Max(endToken, first.End);
        }

        InheritCasualty(text, tokens, found);
        AttachNotes(text, tokens, found);
        foreach (var f in found)
        {
            into.Add(f.Mention);
        }

        found.Clear();
    }

    /// <summary>The mentions of the sentence being scanned: a list this thread reuses from sentence to sentence.</summary>
    [ThreadStatic]
    private static List<(QuantityMention Mention, int EndToken)>? t_found;

    private QuantityMention? Build(string text, ReadOnlySpan<Token> tokens, int start, NumberRead first, List<TextSpan> excluded, out int endToken)
    {
        endToken = first.End;
        var second = TryRange(text, tokens, first, excluded);
        var numberEnd = second?.End ?? first.End;
        // "at least a dozen": the hedge stands before the article
        var dozenArticle = first.Dozen && start > 0 && (TimeMatcher.SameWord(tokens[start - 1].Text(text), "a") || TimeMatcher.SameWord(tokens[start - 1].Text(text), "an"));
        var hedge = FindHedge(text, tokens, dozenArticle ? start - 1 : start, out var spanStart);
        if (first.Dozen && spanStart == start)
        {
            spanStart = start - 1; // "a dozen"
        }
        if (second is not null && spanStart == start && start > 0 && IsRangeOpener(tokens[start - 1].Text(text)))
        {
            spanStart = start - 1;
        }

        var phrase = ReadPhrase(text, tokens, numberEnd, first);
        if (phrase.NotCounted)
        {
            if (!first.IsVague && second is null && IsAttackRepeat(text, tokens, spanStart, numberEnd))
            {
                // "ворог 12 разів атакував": the repetitions are attacks
                phrase = new NounPhrase { Start = numberEnd, End = numberEnd + 1, Head = numberEnd, Unit = Units.Attacks };
            }
            else
            {
                return null;
            }
        }

        if (phrase.Head < 0 && phrase.Unit is null && phrase.Casualty is null && UnitAfterOf(text, tokens, numberEnd) is { } ofUnit)
        {
            phrase.Unit = ofUnit; // "441 of 476 drones": the span stays on the first number
        }

        var unit = ResolveUnit(text, tokens, spanStart, ref phrase);
        if (unit is null || (first.IsWord && unit == Units.Other && !phrase.Person) || (first.IsYear && second is null && unit == Units.Other))
        {
            return null;
        }

        endToken = Math.Max(numberEnd, phrase.End);
        var span = new TextSpan(tokens[spanStart].Start, tokens[endToken - 1].End);
        var (value, low, high, approximate) = Values(first, second, hedge);
        if (unit == Metres)
        {
            // metres are reported as distance_km: "around 300 metres" is 0.3
            (unit, value, low, high) = (Units.DistanceKm, value / 1000, low / 1000, high / 1000);
        }

        string? subject = null;
        if (phrase.Person && phrase.Head >= phrase.Start)
        {
            subject = text[tokens[phrase.Start].Start..tokens[phrase.Head].End];
        }

        return new QuantityMention
        {
            Span = span,
            Text = text[span.Start..span.End],
            Value = value,
            Low = low,
            High = high,
            Approximate = approximate,
            Unit = unit,
            Subject = subject,
            Side = phrase.Side,
        };
    }

    private static (double? Value, double? Low, double? High, bool Approximate) Values(NumberRead first, NumberRead? second, HedgeKind? hedge)
    {
        if (first.IsVague)
        {
            return (null, first.VagueLow, first.VagueHigh, true);
        }

        if (second is { } s)
        {
            var low = first.Scale == 1 && s.Scale > 1 ? first.Value * s.Scale : first.Value;
            return (null, low, s.Value, hedge is not null);
        }

        var v = first.Value;
        return hedge switch
        {
            HedgeKind.Approximately => (v, null, null, true),
            HedgeKind.AtLeast => (null, v, null, false),
            HedgeKind.MoreThan => (null, v, null, true),
            HedgeKind.UpTo => (null, null, v, false),
            HedgeKind.Nearly => (null, null, v, true),
            HedgeKind.LessThan => (null, null, v, true),
            _ => (v, null, null, first.Dozen),
        };
    }

    private static bool IsExcluded(TextSpan span, List<TextSpan> excluded)
    {
        // by index: a foreach over the interface would box an enumerator at every token
        for (var k = 0; k < excluded.Count; k++)
        {
            if (excluded[k].Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }
}
