using Sitrep.Core.Text;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>Keys of a whole name, as the compiler indexes it and as <see cref="Gazetteer.Find"/> looks it up.</summary>
internal static class NameKeys
{
    /// <summary>The key of a name, or null if it has no usable words.</summary>
    public static ulong? KeyOf(string name)
    {
        var tokens = Words(name);
        if (tokens.Count == 0)
        {
            return null;
        }

        var acc = NameKey.Seed;
        foreach (var t in tokens)
        {
            if (!NameKey.AppendToken(t.Slice(name), ref acc))
            {
                return null;
            }
        }

        return acc;
    }

    /// <summary>
    /// Every key a name is indexed under: its plain key plus, for Cyrillic words when <paramref name="alternations"/>
    /// is set, the Ukrainian і/о and і/е alternations ("Харків" is also found as "Харкова", "Київ" as "Києва") and the
    /// е that drops from -ець/-ец in the other cases ("Марганець" is also found as "Марганця").
    /// Returns the number of parts.
    /// </summary>
    /// <param name="name">The name.</param>
    /// <param name="into">Receives the keys.</param>
    /// <param name="alternations">Whether to add the і/о, і/е alternations.</param>
    /// <param name="obliqueIya">Whether a noun in -ія/-ия is also found in its other cases (<see cref="CyrillicStemmer.IyaObliqueStem"/>).</param>
    public static int AllKeys(string name, ICollection<ulong> into, bool alternations = true, bool obliqueIya = true)
    {
        var parts = new List<string>();
        foreach (var t in Words(name))
        {
            foreach (var piece in t.Slice(name).ToString().Split(['-', '\u2010', '\u2011'], StringSplitOptions.RemoveEmptyEntries))
            {
                parts.Add(piece);
            }
        }

        if (parts.Count == 0)
        {
            return 0;
        }

        var options = new List<List<ulong>>(parts.Count);
        Span<char> buffer = stackalloc char[NameKey.MaxPartLength];
        Span<char> alt = stackalloc char[NameKey.MaxPartLength];
        foreach (var part in parts)
        {
            var n = NameKey.FoldPart(part, buffer);
            if (n <= 0)
            {
                return 0;
            }

            var stem = buffer[..n];
            var hashes = new List<ulong> { NameKey.HashPart(stem) };
            if (alternations && NameFolding.IsCyrillic(part[0]) && parts.Count <= 3)
            {
                foreach (var vowel in "ое")
                {
                    if (CyrillicStemmer.TryAlternate(stem, vowel, alt))
                    {
                        hashes.Add(NameKey.HashPart(alt[..n]));
                    }
                }

                if (obliqueIya && CyrillicStemmer.IyaObliqueStem(part, stem, alt) is var m and > 0)
                {
                    hashes.Add(NameKey.HashPart(alt[..m])); // "Балаклії", "Японии", "Франції"
                }

                if (CyrillicStemmer.FleetingEStem(part, stem, alt) is var f and > 0)
                {
                    hashes.Add(NameKey.HashPart(alt[..f])); // "Марганця", "у Марганці", "Марганца"
                }
            }

            options.Add(hashes);
        }

        Expand(options, 0, NameKey.Seed, into);
        return parts.Count;
    }

    private static void Expand(List<List<ulong>> options, int i, ulong acc, ICollection<ulong> into)
    {
        if (i == options.Count)
        {
            into.Add(acc);
            return;
        }

        foreach (var h in options[i])
        {
            Expand(options, i + 1, NameKey.Combine(acc, h), into);
        }
    }

    private static List<TextSpan> Words(string name)
    {
        var tokens = new List<(TextSpan Span, TokenKind Kind)>();
        Tokenizer.Tokenize(name, 0, tokens);
        return tokens.Where(t => t.Kind == TokenKind.Word).Select(t => t.Span).ToList();
    }
}
