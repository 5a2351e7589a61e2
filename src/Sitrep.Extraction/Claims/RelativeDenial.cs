using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// "Moscow said it had taken Uspenivka, which Ukrainian commanders also denied": a relative clause after a claim in
/// which another speaker denies it. That speaker's denial is a claim of its own (same kind and place), when the words
/// between "which" and the denial name a side ("Ukrainian commanders", "the Russian ministry").
/// </summary>
internal static class RelativeDenial
{
    private static readonly WordSet Relatives = new(["which", "що", "что", "які", "которые", "яку", "которую"]);

    private static readonly WordSet Skip = new(["also", "too", "later", "swiftly", "quickly", "flatly", "immediately", "had", "have", "has", "the", "також", "также", "тоже"]);

    private static readonly (string Prefix, string Side)[] SideWords =
    [
        ("ukrainian", "UA"), ("ukraine's", "UA"), ("kyiv", "UA"), ("українськ", "UA"), ("украинск", "UA"),
        ("russian", "RU"), ("russia's", "RU"), ("moscow", "RU"), ("російськ", "RU"), ("российск", "RU"),
    ];

    /// <summary>The denying speaker of a relative clause after <paramref name="trigger"/>, or null.</summary>
    public static (string Name, string Side)? Find(string text, ReadOnlySpan<Token> tokens, int trigger, int limit, List<PhraseMatch<bool>> denials)
    {
        foreach (var d in denials)
        {
            if (d.FirstToken <= trigger)
            {
                continue;
            }

            var which = -1;
            for (var i = d.FirstToken - 1; i > trigger && which < 0; i--)
            {
                if (Relatives.Contains(text, tokens[i]) && tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Start] == ',')
                {
                    which = i;
                }
            }

            if (which < 0)
            {
                continue;
            }

            var start = which + 1;
            var end = d.FirstToken;
            while (end > start && Skip.Contains(text, tokens[end - 1]))
            {
                end--;
            }

            while (start < end && Skip.Contains(text, tokens[start]))
            {
                start++;
            }

            if (end - start is < 1 or > 4)
            {
                continue;
            }

            var first = tokens[start].Text(text);
            foreach (var (prefix, side) in SideWords)
            {
                if (first.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return (text[tokens[start].Start..tokens[end - 1].End], side);
                }
            }
        }

        return null;
    }
}
