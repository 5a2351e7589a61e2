namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// Whether a romanised word and a gazetteer name differ only as Ukrainian and Russian romanisations of one name
/// do: after unifying g/h, kh/h and the vowels e, i, o, y, j (Stepanovka/Stepanivka, Tsvetnye/Tsvitni), and the
/// Russian -ье with the Ukrainian doubled consonant and -я (Porechye/Porichchia), at most one edit per five letters
/// remains. "Germany" is not "Garman", "Kyivskyi" not "Kovske".
/// </summary>
internal static class SpellingDistance
{
    public static bool Close(ReadOnlySpan<char> word, string name)
    {
        var a = Loose(word);
        var b = Loose(name);
        if (a.Length == 0 || b.Length == 0 || EndsAsMasculineAdjective(word) != EndsAsMasculineAdjective(name))
        {
            return false;
        }

        return Edits(a, b) <= Math.Max(a.Length, b.Length) / 5;
    }

    /// <summary>The same name with case, diacritics and apostrophes folded.</summary>
    public static bool Identical(ReadOnlySpan<char> word, string name)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < word.Length && NameFolding.Fold(word[i]) == '\0')
            {
                i++;
            }

            while (j < name.Length && NameFolding.Fold(name[j]) == '\0')
            {
                j++;
            }

            if (i >= word.Length || j >= name.Length)
            {
                return i >= word.Length && j >= name.Length;
            }

            if (NameFolding.Fold(word[i++]) != NameFolding.Fold(name[j++]))
            {
                return false;
            }
        }
    }

    /// <summary>The same name in another romanisation: no edit left after unifying the letters above.</summary>
    public static bool Same(ReadOnlySpan<char> word, string name)
    {
        var a = Loose(word);
        return a.Length > 0 && a == Loose(name) && EndsAsMasculineAdjective(word) == EndsAsMasculineAdjective(name);
    }

    /// <summary>"-skyi", "-iy", "-yy": a district or an adjective ("Kyivskyi district"), not a village "Kyivske".</summary>
    private static bool EndsAsMasculineAdjective(ReadOnlySpan<char> word)
    {
        var w = word.TrimEnd();
        return w.Length > 3 && char.ToLowerInvariant(w[^1]) is 'i' or 'y' or 'j' && char.ToLowerInvariant(w[^2]) is 'i' or 'y';
    }

    private static string Loose(ReadOnlySpan<char> s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = NameFolding.Fold(s[i]);
            if (c is < 'a' or > 'z')
            {
                continue;
            }

            if (c == 'k' && i + 1 < s.Length && NameFolding.Fold(s[i + 1]) == 'h')
            {
                continue; // kh → h
            }

            if (c == 'x')
            {
                sb.Append('k'); // x is ks: Alexandrovskoye/Oleksandrivske
                c = 's';
            }

            var l = c switch { 'g' => 'h', 'w' => 'v', 'e' or 'o' or 'y' or 'j' => 'i', _ => c };
            if (sb.Length == 0 || sb[^1] != l)
            {
                sb.Append(l); // doubled letters and the iotated vowels (ie, iy) once: Komissarovka/Komisarivka, Pobeda/Pobieda
            }
        }

        // Ukrainian doubles the consonant before a final -я where Russian writes -ье: Porichchia/Porechye,
        // Trypillia/Tripolye, Zaporizhzhia/Zaporozhye (single letters were read once above)
        sb.Replace("chch", "ch").Replace("zhzh", "zh").Replace("shsh", "sh").Replace("tsts", "ts");
        if (sb.Length > 3 && sb[^1] == 'a' && sb[^2] == 'i')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static int Edits(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
