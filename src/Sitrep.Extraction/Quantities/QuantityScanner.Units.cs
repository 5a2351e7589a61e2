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
            if (j < tokens.Length && IsPronoun(tokens[j].Text(text)))
            {
                p.Start = ++j; // "dozens of them had been killed": the casualty word after the pronoun decides
            }
        }

        if (p.Unit is null && !number.IsVague && PartitiveCasualty(text, tokens, j, out var partitive) is var at and >= 0)
        {
            p.Casualty = partitive; // "two of the injured"
            p.Head = at;
            p.End = at + 1;
            return p;
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
            if (info.Has(WordRole.Attempt) && p.Head < 0 && k + 2 < tokens.Length && TimeMatcher.SameWord(tokens[k + 1].Text(text), "to")
                && lexicon.Lookup(text, tokens[k + 2]).Has(WordRole.AttackVerb))
            {
                // "two unsuccessful attempts to advance": tries at an attack are attacks
                (p.Head, p.End, p.Unit) = (k, k + 1, Units.Attacks);
                break;
            }

            if (info.Has(WordRole.Stop))
            {
                break;
            }

            // a measure before any noun ("500 kg KAB"), or a noun that turns the head into a modifier ("missile carrier")
            if (info.Has(WordRole.NotCounted) && k == p.Head + 1 && p.Unit == Units.Personnel && TimeMatcher.SameWord(word, "carrier"))
            {
                // "armoured personnel carrier"
                (p.Head, p.End, p.Unit, p.Person) = (k, k + 1, Units.ArmoredVehicles, false);
                continue;
            }

            if (info.Has(WordRole.NotCounted) && (p.Head < 0 || k == p.Head + 1))
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
        else if (p.Unit == Metres && modifierTo == Units.AreaKm2)
        {
            p.NotCounted = true; // "200 square metres" of floor space is not tracked
            return p;
        }

        if (p.Unit is Metres or Units.DistanceKm && p.End < tokens.Length && (TimeMatcher.SameWord(tokens[p.End].Text(text), "per") || tokens[p.End].Text(text) is ['/']))
        {
            p.NotCounted = true; // "20 metres per second", "90 km/h": a speed, not a distance
            return p;
        }

        if (p.Casualty is null && (p.Person || p.Head < 0))
        {
            // "civilians were killed"; with no noun at all: "12 were killed"
            p.Casualty = CasualtyAfter(text, tokens, p.Head >= 0 ? p.Head + 1 : j, military: p.Unit == Units.Personnel);
        }

        return p;
    }

    /// <summary>
    /// "civilians killed", "soldiers were captured", "людини загинули"; "окупантів ліквідовано" when the count is of
    /// military personnel (<paramref name="military"/>); "осіб убитими та пораненими" is <see cref="CombinedLosses"/>.
    /// </summary>
    private string? CasualtyAfter(string text, ReadOnlySpan<Token> tokens, int k, bool military = false)
    {
        // "двух женщин с баротравмой", "two men with shrapnel wounds": an injury right after "with"
        if (k + 1 < tokens.Length && IsWith(tokens[k].Text(text)))
        {
            var injury = lexicon.Lookup(text, tokens[k + 1]);
            if (!injury.Has(WordRole.Casualty) && k + 2 < tokens.Length && tokens[k + 1].Kind == TokenKind.Word)
            {
                injury = lexicon.Lookup(text, tokens[k + 2]); // "with shrapnel wounds", "з осколковими пораненнями"
            }

            return injury.Has(WordRole.Casualty) && injury.CasualtyUnit == Units.Wounded ? Units.Wounded : null;
        }

        for (var steps = 0; k < tokens.Length && steps < 4; k++, steps++)
        {
            var info = lexicon.Lookup(text, tokens[k]);
            if (info.Has(WordRole.Casualty))
            {
                return IsCombined(text, tokens, k, info.CasualtyUnit) ? CombinedLosses : info.CasualtyUnit;
            }

            if (military && info.Has(WordRole.Eliminated))
            {
                return Units.Killed;
            }

            if (!info.Has(WordRole.Auxiliary))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsPronoun(ReadOnlySpan<char> word) =>
        TimeMatcher.SameWord(word, "them") || TimeMatcher.SameWord(word, "those") || TimeMatcher.SameWord(word, "whom");

    private static bool IsWith(ReadOnlySpan<char> word) =>
        TimeMatcher.SameWord(word, "with") || TimeMatcher.SameWord(word, "с") || TimeMatcher.SameWord(word, "з") || TimeMatcher.SameWord(word, "із");

    /// <summary>"killed 3", "killing at least 12", "the death toll rose to 12", "загинули 3"; "знищено 6 окупантів" when <paramref name="military"/>.</summary>
    private string? CasualtyBefore(string text, ReadOnlySpan<Token> tokens, int spanStart, bool military = false)
    {
        for (int k = spanStart - 1, steps = 0; k >= 0 && steps < 4; k--, steps++)
        {
            var word = tokens[k].Text(text);
            var info = lexicon.Lookup(word);
            if (info.Has(WordRole.Casualty))
            {
                // "killed or wounded about 40 attackers": both words before the count
                return k >= 2 && IsCombined(text, tokens, k - 2, lexicon.Lookup(text, tokens[k - 2]).CasualtyUnit) ? CombinedLosses : info.CasualtyUnit;
            }

            if (military && info.Has(WordRole.Eliminated))
            {
                return Units.Killed;
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

    private string? ResolveUnit(string text, ReadOnlySpan<Token> tokens, int spanStart, ref NounPhrase phrase)
    {
        if (phrase.Casualty == CombinedLosses)
        {
            phrase.Casualty = null;
            return CombinedUnit(text, tokens, spanStart, phrase);
        }

        if (phrase.Casualty is not null)
        {
            return phrase.Casualty;
        }

        if (phrase.Unit is not null && !phrase.Person)
        {
            return phrase.Unit;
        }

        if (CasualtyBefore(text, tokens, spanStart, military: phrase.Unit == Units.Personnel) is { } casualty)
        {
            return casualty == CombinedLosses ? CombinedUnit(text, tokens, spanStart, phrase) : casualty;
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

        return phrase.Person || (phrase.Head < 0 && PopulationBefore(text, tokens, spanStart)) ? Units.Other : null;
    }
}
