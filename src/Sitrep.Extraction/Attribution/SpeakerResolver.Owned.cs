using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

internal sealed partial class SpeakerResolver
{
    /// <summary>Possessive pronouns that own an office: "Its spokesman", "Його речник", "Её пресс-служба".</summary>
    private static readonly WordSet OwnerPronouns = new(["its", "their", "його", "її", "їхній", "їхня", "їх", "его", "ее", "её", "их"]);

    /// <summary>Offices and services that speak for the body owning them: "spokesman", "press service", "речник", "пресс-служба".</summary>
    private static readonly WordSet OwnedOffices = new(
    [
        "spokesman", "spokeswoman", "spokesperson", "spokespeople", "representative", "service", "office",
        "речник", "речниця", "прес-служба", "пресслужба", "представник", "пресс-служба", "пресс-секретарь", "представитель",
    ]);

    /// <summary>
    /// An office owned by a body told before, the owner a possessive pronoun ("Its spokesman said", "Його речник
    /// заявив", "Её пресс-служба сообщила": the body that spoke last) or a lower-case possessive head noun after "the"
    /// ("The brigade's press service confirmed": the body of that head named shortly before, in the registry, in the
    /// speaker memory, or a numbered unit in the text, "Ukraine's 102nd Territorial Defence Brigade"). The body
    /// speaks, with its side; the span keeps the office's words. Null when the phrase is no owned office or no body
    /// owns it.
    /// </summary>
    private ResolvedSpeaker? OwnedOffice(int start, int end)
    {
        var tokens = Tokens;
        var office = end - 1;
        if (!OwnedOffices.Contains(_text, tokens[office]))
        {
            return null;
        }

        var first = office;
        if (first - 1 >= 0 && tokens[first - 1].Text(_text) is "press" or "Press")
        {
            first--; // "press service", "press office"
        }
        else if (tokens[office].Text(_text) is "service" or "office")
        {
            return null; // "the security service", "the prosecutor's office": a body of its own, not an office of another
        }

        var owner = first - 1;
        if (owner < 0 || owner < start - 2)
        {
            return null;
        }

        var span = new TextSpan(tokens[Math.Min(start, owner)].Start, tokens[end - 1].End);
        if (OwnerPronouns.Contains(_text, tokens[owner]))
        {
            var body = BodyReferredBack(owner);
            return body is null ? null : body with { Span = span };
        }

        if (!IsLowerPossessive(owner) || OwnerPhraseStart(owner) is not { } the)
        {
            return null;
        }

        var name = PossessiveHead(owner);
        var owned = NamedJustBefore(name, the, span) ?? _memory.BackReference(name, null) ?? UnitNamedBefore(name, the);
        return owned is { Type: not SpeakerType.Person } ? owned with { Span = span } : null;
    }

    /// <summary>Titles of whoever speaks for a body, in the cases a cue governs: "the spokesman", "за словами речника",
    /// "по словам представителя", "пресс-секретарь".</summary>
    private static readonly WordSet Spokespersons = new(
    [
        "spokesman", "spokeswoman", "spokesperson", "representative", "речник", "речника", "речнику", "речниця", "речниці",
        "представник", "представника", "представниця", "представниці", "представитель", "представителя", "представительница",
        "представительницы", "пресс-секретарь", "пресс-секретаря", "прес-секретар", "прес-секретаря",
    ]);

    /// <summary>
    /// A spokesperson with no body of their own ("the spokesman said", "за словами речника", "по словам представителя";
    /// not "a spokesman", which brings in someone new): the body told just before speaks through them (as "Its
    /// spokesman" does), a person named by the body, with its side. Null for any other phrase, or when no body was told.
    /// </summary>
    private ResolvedSpeaker? BareSpokesperson(int start, int end)
    {
        var tokens = Tokens;
        var first = start;
        while (first < end && tokens[first].Text(_text) is "the" or "The")
        {
            first++;
        }

        if (end - first != 1 || !Spokespersons.Contains(_text, tokens[first]))
        {
            return null;
        }

        // a title whose complement the phrase left out ("представитель 24-й отдельной механизированной бригады") is no bare title
        if (end < tokens.Length && (tokens[end].Kind == TokenKind.Number || char.IsDigit(_text[tokens[end].Start])))
        {
            return null;
        }

        // "A spokesperson for Ukraine's Eastern Group of Forces told ... the spokesperson said": the one who spoke as such
        if (_memory.BackReference(tokens[first].Text(_text).ToString().ToLowerInvariant(), SpeakerType.Person) is { } named)
        {
            return named;
        }

        // "За словами речника", "По словам представителя" after "Речник Сил оборони півдня України Андрій Ковальчук":
        // the title in another case is the person it introduced
        var word = tokens[first].Text(_text).ToString();
        if (word[0] >= '\u0400' && word.Length > 6 && _memory.TitledPerson([word[..^1]]) is { } titled)
        {
            return titled;
        }

        return BodyReferredBack(first) is { } body
            ? body with { Type = SpeakerType.Person, Span = new TextSpan(tokens[start].Start, tokens[end - 1].End) }
            : null;
    }

    /// <summary>
    /// The side of a named spokesperson whose title names no body ("\"...,\" spokesperson Major Andrii Kovtun said" after
    /// "Ukraine's Eastern Group of Forces dismissed the claim"): the body a bare spokesperson would speak for; null when the
    /// title is more than a spokesperson word (and a rank) or no body was told.
    /// </summary>
    private string? NamedSpokespersonSide(int start, TextSpan name)
    {
        var tokens = Tokens;
        var title = -1;
        for (var i = start; i < tokens.Length && tokens[i].Start < name.Start; i++)
        {
            if (tokens[i].Text(_text) is "the" or "The" || SpeakerPhrase.Ranks.Contains(_text, tokens[i]))
            {
                continue;
            }

            if (title >= 0 || !Spokespersons.Contains(_text, tokens[i]))
            {
                return null;
            }

            title = i;
        }

        return title >= 0 ? BodyReferredBack(title)?.Side : null;
    }

    /// <summary>
    /// The body a pronoun owner ("Its spokesman") or a bare spokesperson at <paramref name="at"/> refers back to: the
    /// government body or unit that spoke last, unless a registry body opening the sentence just before (or this one)
    /// was told after it, with no statement of its own ("Russia's Defence Ministry did not comment on the figures. Its
    /// spokesman said last week ...": the ministry). Null when neither was told.
    /// </summary>
    private ResolvedSpeaker? BodyReferredBack(int at)
    {
        var spoke = _memory.Latest(sp => sp.Type is SpeakerType.Government or SpeakerType.MilitaryUnit);
        var tokens = Tokens;

        // a body named earlier in this sentence ("У Генштабі ЗСУ цю інформацію спростували: за словами речника"), or the
        // subject of the sentence before (after an article or a preposition of an opening locative)
        var sentenceStart = SentenceStartBefore(at);
        var floor = sentenceStart > 0 ? SentenceStartBefore(sentenceStart - 1) : 0;
        PhraseMatch<Actor>? named = null;
        foreach (var m in _named.In(floor, at))
        {
            if (m.Value.IsOutlet || m.Value.Type is not (SpeakerType.Government or SpeakerType.MilitaryUnit) || m.EndToken > at)
            {
                continue;
            }

            var opener = m.FirstToken;
            while (opener > floor && opener + 2 > m.FirstToken && tokens[opener - 1].Text(_text) is "the" or "The" or "In" or "At" or "У" or "В" or "Во")
            {
                opener--;
            }

            if (m.FirstToken >= sentenceStart || opener == 0 || SentenceStartBefore(opener) == opener)
            {
                named = m;
            }
        }

        if (named is { } n && (spoke?.Span is not { } spokeSpan || spokeSpan.End <= n.Span.Start))
        {
            return new ResolvedSpeaker(n.Value.Name, n.Value.Type, _lexicon.Registry.SideOf(n.Value), n.Span, n.Value);
        }

        return spoke;
    }

    /// <summary>The first token of the sentence holding token <paramref name="at"/>, as the sentence splitter cut it.</summary>
    private int SentenceStartBefore(int at)
    {
        var tokens = Tokens;
        var k = Math.Min(at, tokens.Length - 1);
        var sentence = tokens[k].SentenceIndex;
        while (k > 0 && tokens[k - 1].SentenceIndex == sentence)
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// The last numbered unit named before <paramref name="at"/> whose name ends with <paramref name="head"/>: "Ukraine's
    /// 102nd Territorial Defence Brigade" for "brigade", with the side named before it or in it. Null when there is none.
    /// </summary>
    private ResolvedSpeaker? UnitNamedBefore(string head, int at)
    {
        var tokens = Tokens;
        for (var t = at - 1; t >= 1; t--)
        {
            if (tokens[t].Kind != TokenKind.Word || !char.IsUpper(_text[tokens[t].Start]) || !tokens[t].Text(_text).Equals(head, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var b = t;
            while (b - 1 >= 0 && t - b < 6 && tokens[b - 1].Kind == TokenKind.Word && char.IsUpper(_text[tokens[b - 1].Start]))
            {
                b--;
            }

            if (b - 1 < 0 || !Ordinal(tokens[b - 1].Text(_text)))
            {
                continue;
            }

            b--;
            var name = new TextSpan(tokens[b].Start, tokens[t].End);
            return new ResolvedSpeaker(name.Slice(_text).ToString(), SpeakerType.MilitaryUnit, _words.SideIn(Math.Max(0, b - 2), t + 1), name, null);
        }

        return null;

        static bool Ordinal(ReadOnlySpan<char> word)
        {
            var digits = 0;
            while (digits < word.Length && char.IsAsciiDigit(word[digits]))
            {
                digits++;
            }

            return digits > 0 && word[digits..] is "st" or "nd" or "rd" or "th";
        }
    }

    /// <summary>
    /// The person a surname standing alone in tokens [start, end) names, the last one first: a person who spoke before
    /// ("Hnatenko" after "Mykhailo Hnatenko said") or whose full name introduced the surname ("What worries Hnatenko
    /// most ..." after "Colonel Mykhailo Hnatenko has commanded ..."). Null when no such surname stands there.
    /// </summary>
    public ResolvedSpeaker? PersonBySurnameIn(int start, int end)
    {
        var tokens = Tokens;
        for (var i = end - 1; i >= Math.Max(1, start); i--)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word || !char.IsUpper(_text[token.Start]) || token.End - token.Start < 3
                || (tokens[i - 1].Kind == TokenKind.Word && char.IsUpper(_text[tokens[i - 1].Start]))
                || (i + 1 < tokens.Length && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(_text[tokens[i + 1].Start])))
            {
                continue;
            }

            if ((_memory.Surname(token.Text(_text)) ?? FullNameBefore(i)) is { Type: SpeakerType.Person } person)
            {
                return person;
            }
        }

        return null;
    }
}
