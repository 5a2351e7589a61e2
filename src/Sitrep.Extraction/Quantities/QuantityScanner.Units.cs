using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Quantities;

/// <summary>Deciding what a number counts.</summary>
internal sealed partial class QuantityScanner
{
    private const int MaxPhraseTokens = 5;

    /// <summary>Reads the noun phrase after the number: modifiers, side words, the head noun, a casualty word.</summary>
    private NounPhrase ReadPhrase(string text, ReadOnlySpan<Token> tokens, int j, NumberRead number)
    {
        var p = new NounPhrase { Start = j, End = j, Head = -1, Unit = number.SuffixUnit };
        if (number.IsVague && j < tokens.Length && TimeMatcher.SameWord(tokens[j].Text(text), "of"))
        {
            p.Start = ++j;
        }

        if (p.Unit is not null)
        {
            if (j < tokens.Length && tokens[j].Text(text) is ['²'] && tokens[j].Start == tokens[j - 1].End)
            {
                p.Unit = Units.AreaKm2;
                p.End = j + 1;
            }

            return p;
        }

        if (j < tokens.Length && tokens[j].Text(text) is ['%'])
        {
            p.Unit = Units.Percent;
            p.End = j + 1;
            return p;
        }

        string? modifierFrom = null, modifierTo = null;
        var unknown = 0;
        for (var k = j; k < tokens.Length && k < j + MaxPhraseTokens; k++)
        {
            var token = tokens[k];
            var word = token.Text(text);
            if (token.Kind is TokenKind.Punctuation or TokenKind.Symbol)
            {
                if (word is ['²'] && p.Unit == Units.DistanceKm)
                {
                    p.Unit = Units.AreaKm2;
                    p.End = k + 1;
                    continue;
                }

                if (word is ['.'] && k > j && tokens[k - 1].Span.Length <= 3 && tokens[k - 1].End == token.Start && p.Head < 0)
                {
                    continue; // "кв. км", "sq. km"
                }

                break;
            }

            if (token.Kind == TokenKind.Number)
            {
                break;
            }

            if (TimeMatcher.SameWord(word, "per") && k + 1 < tokens.Length && TimeMatcher.SameWord(tokens[k + 1].Text(text), "cent") && p.Head < 0)
            {
                p.Unit = Units.Percent;
                p.End = k + 2;
                return p;
            }

            var info = lexicon.Lookup(word);
            if (info.Has(WordRole.Stop))
            {
                break;
            }

            if (info.Has(WordRole.NotCounted) && p.Head < 0)
            {
                p.NotCounted = true;
                return p;
            }

            if (info.Has(WordRole.Casualty) && !info.Has(WordRole.Noun) && !info.Has(WordRole.Person))
            {
                if (p.Head < 0)
                {
                    p.Casualty = info.CasualtyUnit;
                    p.Head = k;
                    p.End = k + 1;
                }

                break;
            }

            if (info.Has(WordRole.Side))
            {
                p.Side ??= info.Side;
            }

            if (info.Has(WordRole.Modifier))
            {
                (modifierFrom, modifierTo) = (info.ModifierFrom, info.ModifierTo);
            }

            if (info.Has(WordRole.Complement) && p.Head >= 0)
            {
                p.End = k + 1; // "artillery systems", "населених пунктів"
                continue;
            }

            if (info.Has(WordRole.Noun) || info.Has(WordRole.Person))
            {
                p.Head = k;
                p.End = k + 1;
                p.Unit = info.Unit;
                p.Person = info.Has(WordRole.Person);
            }
            else if (!info.Has(WordRole.Side) && !info.Has(WordRole.Modifier))
            {
                if (p.Head >= 0 || ++unknown > 2)
                {
                    break;
                }
            }
        }

        if (modifierFrom is not null && p.Unit == modifierFrom)
        {
            p.Unit = modifierTo;
        }

        if (p.Casualty is null && (p.Person || p.Head < 0))
        {
            // "civilians were killed"; with no noun at all: "12 were killed"
            p.Casualty = CasualtyAfter(text, tokens, p.Head >= 0 ? p.Head + 1 : j);
        }

        return p;
    }

    /// <summary>"civilians killed", "soldiers were captured", "людини загинули".</summary>
    private string? CasualtyAfter(string text, ReadOnlySpan<Token> tokens, int k)
    {
        for (var steps = 0; k < tokens.Length && steps < 4; k++, steps++)
        {
            var info = lexicon.Lookup(tokens[k].Text(text));
            if (info.Has(WordRole.Casualty))
            {
                return info.CasualtyUnit;
            }

            if (!info.Has(WordRole.Auxiliary))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"killed 3", "killing at least 12", "the death toll rose to 12", "загинули 3".</summary>
    private string? CasualtyBefore(string text, ReadOnlySpan<Token> tokens, int spanStart)
    {
        for (int k = spanStart - 1, steps = 0; k >= 0 && steps < 4; k--, steps++)
        {
            var word = tokens[k].Text(text);
            var info = lexicon.Lookup(word);
            if (info.Has(WordRole.Casualty))
            {
                return info.CasualtyUnit;
            }

            var skippable = info.Has(WordRole.Auxiliary) || info.Has(WordRole.ChangeVerb)
                || TimeMatcher.SameWord(word, "to") || TimeMatcher.SameWord(word, "at") || TimeMatcher.SameWord(word, "до");
            if (!skippable)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>A table row "tanks — 5", "особового складу – близько 1020 осіб": the label before the number.</summary>
    private string? LabelBefore(string text, ReadOnlySpan<Token> tokens, int spanStart)
    {
        if (spanStart < 2 || tokens[spanStart - 1].Text(text) is not (['—'] or ['–'] or ['-'] or [':']))
        {
            return null;
        }

        string? unit = null, modifierFrom = null, modifierTo = null;
        for (var k = Math.Max(0, spanStart - 4); k < spanStart - 1; k++)
        {
            var info = lexicon.Lookup(tokens[k].Text(text));
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

    private string? ResolveUnit(string text, ReadOnlySpan<Token> tokens, int spanStart, ref NounPhrase phrase)
    {
        if (phrase.Casualty is not null)
        {
            return phrase.Casualty;
        }

        if (phrase.Unit is not null && !phrase.Person)
        {
            return phrase.Unit;
        }

        if (CasualtyBefore(text, tokens, spanStart) is { } casualty)
        {
            return casualty;
        }

        if (phrase.Unit is not null)
        {
            return phrase.Unit;
        }

        if (LabelBefore(text, tokens, spanStart) is { } label)
        {
            phrase.Person = false;
            return label;
        }

        return phrase.Person ? Units.Other : null;
    }
}
