using Sitrep.Extraction.Attribution.Languages;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// A Ukrainian or Russian speaker named in an oblique case after its cue ("повідомили в пресслужбі міської ради",
/// "по данным администрации") is named in the nominative: the head noun and the adjectives before it change, the
/// genitive words after it stay ("пресслужба міської ради", "администрация").
/// </summary>
internal static class NominativeName
{
    /// <summary>The name in the nominative, or the name as written when its head is not a known speaker noun.</summary>
    public static string Of(string name, string language)
    {
        var heads = SpeakerCases.Heads(language);
        if (heads is null || !HasHead(name, heads))
        {
            return name;
        }

        var words = name.Split(' ');
        for (var h = 0; h < words.Length; h++)
        {
            if (words[h].Length == 0 || !char.IsLetter(words[h][0]))
            {
                return name;
            }

            if (!heads.TryGetValue(words[h], out var head))
            {
                continue; // an adjective before the head ("обласній", "Нікопольській"), checked below
            }

            var endings = SpeakerCases.AdjectiveEndings(language, head.Gender);
            for (var a = 0; a < h; a++)
            {
                if ((Adjective(words[a], endings) ?? SpeakerCases.MasculineAdjective(language, head.Gender, words[a])) is not { } nominative)
                {
                    return name;
                }

                words[a] = nominative;
            }

            // "Верховній Раді" is "Верховна Рада": a capital stays
            words[h] = char.IsUpper(words[h][0]) ? string.Concat(char.ToUpperInvariant(head.Nominative[0]).ToString(), head.Nominative.AsSpan(1)) : head.Nominative;
            return string.Join(' ', words);
        }

        return name;
    }

    /// <summary>Whether a word of the name is a head's oblique form (looked up without splitting the name).</summary>
    private static bool HasHead(string name, Dictionary<string, (string Nominative, SpeakerCases.Gender Gender)> heads)
    {
        var lookup = heads.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = name.AsSpan();
        foreach (var word in words.Split(' '))
        {
            if (lookup.ContainsKey(words[word]))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Adjective(string word, (string Oblique, string Nominative)[] endings)
    {
        foreach (var (oblique, nominative) in endings)
        {
            if (word.Length > oblique.Length + 2 && word.EndsWith(oblique, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - oblique.Length), nominative);
            }
        }

        return null;
    }
}
