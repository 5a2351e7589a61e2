using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;
using Model = Sitrep.Core.Model;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// "Міністерство оборони Росії заявило, що ... . Заяву російського відомства поширило агентство ТАСС.": a sentence
/// with no statement of its own that names the outlet which carried the statement before it adds that outlet to
/// the statement's chain, after the publishing outlet (nearer the speaker).
/// </summary>
internal static class RelayNamedAfter
{
    /// <summary>Verbs of carrying someone's words on: "поширило", "передало", "распространило", "carried".</summary>
    private static readonly WordSet RelayVerbs = new(
    [
        "поширило", "поширила", "поширив", "поширили", "передало", "передала", "передав", "опублікувало",
        "опублікувала", "распространило", "распространила", "распространил", "распространили", "передало",
        "опубликовало", "опубликовала", "carried", "relayed", "circulated",
    ]);

    public static void Apply(Document document, Model.Attribution?[] bySentence, AttributionLexicon lexicon)
    {
        var tokens = document.Tokens;
        for (var s = 1; s < bySentence.Length; s++)
        {
            if (bySentence[s] is not null || bySentence[s - 1] is not { } previous
                || document.Sentences[s].Paragraph != document.Sentences[s - 1].Paragraph)
            {
                continue;
            }

            var sentence = document.Sentences[s];
            var first = sentence.FirstToken;
            var limit = first + sentence.TokenCount;
            if (!HasRelayVerb(document.Text, tokens, first, limit))
            {
                continue;
            }

            foreach (var m in lexicon.Registry.FindAll(document.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), first, limit))
            {
                if (m.Value.IsOutlet && !Has(previous.Via, m.Value.Name) && m.Value.Name != previous.Speaker)
                {
                    bySentence[s - 1] = previous with { Via = [.. previous.Via, m.Value.Name] };
                    break;
                }
            }
        }
    }

    private static bool HasRelayVerb(string text, List<Token> tokens, int first, int limit)
    {
        return RelayVerbs.AnyIn(text, tokens, first, limit);
    }

    private static bool Has(IReadOnlyList<string> via, string name)
    {
        foreach (var v in via)
        {
            if (string.Equals(v, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
