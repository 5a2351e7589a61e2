using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// An assessment the author of an analysis makes in its own voice: "We assess that Russian forces do not hold ...",
/// "ISW assesses that ...", "За нашою оцінкою, ...", "По нашим оценкам, ...". No reporting verb speaks, so no
/// attribution covers the sentence; the outlet (or the body named before "assesses") is the claimant of the clause
/// the cue governs.
/// </summary>
internal static class OwnAssessment
{
    /// <summary>First-person cues: the publisher speaks ("we assess", "за нашою оцінкою").</summary>
    private static readonly string[] FirstPersonCues =
    [
        "we assess", "we assessed", "we continue to assess", "we still assess", "we judge", "in our assessment",
        "our assessment is", "we have assessed",
        "за нашою оцінкою", "за нашими оцінками", "ми оцінюємо", "на нашу оцінку",
        "по нашей оценке", "по нашим оценкам", "мы оцениваем", "по нашему мнению",
    ];

    /// <summary>A body's own assessment after its name: "ISW assesses that", "Інститут ... оцінює, що".</summary>
    private static readonly string[] AssessVerbs = ["assesses", "assessed", "оцінює", "оцінюють", "оценивает", "оценивают"];

    private static readonly Lazy<PhraseIndex<bool>> Cues = new(() =>
    {
        var index = new PhraseIndex<bool>();
        foreach (var cue in FirstPersonCues)
        {
            index.Add(cue, true);
        }

        foreach (var verb in AssessVerbs)
        {
            index.Add(verb, false);
        }

        return index;
    });

    private static readonly WordSet Openers = new(["that", "що", "что"]);

    /// <summary>
    /// The clause an own assessment governs and who makes it, or null: the publisher for "we assess", the body named
    /// just before "assesses" (the publisher again when the name is its own or its initials).
    /// </summary>
    public static (TextSpan Clause, Claimant Claimant)? Find(Document document, ReadOnlySpan<Token> tokens, Sentence sentence)
    {
        var text = document.Text;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (!Cues.Value.TryMatch(text, tokens, i, end, out var count, out var firstPerson))
            {
                continue;
            }

            // "ISW assesses that ...": a body's assessment needs its "that" ("Kyiv assessed the damage" reports nothing)
            var named = !firstPerson && i + count < end && Openers.Contains(text, tokens[i + count]);
            var claimant = firstPerson ? Publisher(document) : named ? Named(document, tokens, sentence.FirstToken, i) : null;
            if (claimant is null)
            {
                continue;
            }

            var after = i + count;
            while (after < end && (tokens[after].Kind == TokenKind.Punctuation || Openers.Contains(text, tokens[after])))
            {
                after++;
            }

            // "We assess that X", "ISW assesses that X": the clause after the cue; "X, we assess", "Ворог, за нашою
            // оцінкою, втратив ...": the whole sentence
            var opens = (firstPerson ? i : NameStart(tokens, text, sentence.FirstToken, i)) - sentence.FirstToken <= 2;
            var clause = opens && after < end ? new TextSpan(tokens[after].Start, sentence.Span.End) : sentence.Span;
            return clause.Length > 0 ? (clause, claimant) : null;
        }

        return null;
    }

    private static Claimant? Publisher(Document document) => document.Metadata.Outlet is { Length: > 0 } outlet
        ? new Claimant(outlet, null, SpeakerType.Media, null, null, null)
        : null;

    /// <summary>The capitalised name just before "assesses": the publisher's own name or initials, a registry body, else its words.</summary>
    private static Claimant? Named(Document document, ReadOnlySpan<Token> tokens, int first, int cue)
    {
        var text = document.Text;
        var start = NameStart(tokens, text, first, cue);
        if (start < cue - 1 && tokens[start].Text(text) is "The")
        {
            start++; // "The Conflict Mapping Project assessed that": the name without its article
        }

        if (start == cue)
        {
            return null;
        }

        var name = text[tokens[start].Start..tokens[cue - 1].End];
        if (document.Metadata.Outlet is { Length: > 0 } outlet
            && (name.Equals(outlet, StringComparison.OrdinalIgnoreCase) || name.Equals(Initials(outlet), StringComparison.Ordinal)))
        {
            return new Claimant(outlet, null, SpeakerType.Media, null, null, null);
        }

        var span = new TextSpan(tokens[start].Start, tokens[cue - 1].End);
        if (ActorRegistry.Default.FindByName(name) is { } actor)
        {
            return new Claimant(actor.Name, actor.IsOutlet ? null : ActorRegistry.Default.SideOf(actor), actor.Type, null, null, span);
        }

        return new Claimant(name, null, SpeakerType.Agency, null, null, span);
    }

    /// <summary>The first token of the run of capitalised words (and "of", "for", "the" inside it) ending just before the cue.</summary>
    private static int NameStart(ReadOnlySpan<Token> tokens, string text, int first, int cue)
    {
        var start = cue;
        for (var i = cue - 1; i >= first; i--)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                break;
            }

            if (char.IsUpper(text[t.Start]))
            {
                start = i;
                continue;
            }

            if (start < cue && t.Text(text) is "of" or "for" && i > first && char.IsUpper(text[tokens[i - 1].Start]))
            {
                continue;
            }

            break;
        }

        return start;
    }

    /// <summary>"Institute for the Study of War" -> "ISW": the capitals of its words.</summary>
    private static string Initials(string name)
    {
        Span<char> buffer = stackalloc char[16];
        var n = 0;
        var word = true;
        foreach (var c in name)
        {
            if (word && char.IsUpper(c) && n < buffer.Length)
            {
                buffer[n++] = c;
            }

            word = c == ' ';
        }

        return new string(buffer[..n]);
    }
}
