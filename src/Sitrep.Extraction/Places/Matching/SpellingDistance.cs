using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// Whether a romanised word and a gazetteer name differ only as Ukrainian and Russian romanisations of one name
/// do: after unifying g/h, kh/h and the vowels e, i, o, y, j (Stepanovka/Stepanivka, Tsvetnye/Tsvitni), and the
/// Russian -ье with the Ukrainian doubled consonant and -я (Porechye/Porichchia), at most one edit per five letters
/// remains. "Germany" is not "Garman", "Kyivskyi" not "Kovske".
/// </summary>
internal static class SpellingDistance
{
    public static bool Close(ReadOnlySpan<char> word, string name) => Close(SpellingForm.Of(word), SpellingForm.Of(name));

    /// <summary><see cref="Close(ReadOnlySpan{char}, string)"/> of two forms made once.</summary>
    public static bool Close(SpellingForm word, SpellingForm name)
    {
        var a = word.Loose;
        var b = name.Loose;
        if (a.Length == 0 || b.Length == 0 || word.MasculineAdjective != name.MasculineAdjective)
        {
            return false;
        }

        var allowed = Math.Max(a.Length, b.Length) / 5;
        return Math.Abs(a.Length - b.Length) <= allowed && Edits(a, b) <= allowed; // the length gap is a lower bound
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
    public static bool Same(ReadOnlySpan<char> word, string name) => Same(SpellingForm.Of(word), SpellingForm.Of(name));

    /// <summary><see cref="Same(ReadOnlySpan{char}, string)"/> of two forms made once.</summary>
    public static bool Same(SpellingForm word, SpellingForm name) =>
        word.Loose.Length > 0 && word.Loose == name.Loose && word.MasculineAdjective == name.MasculineAdjective;

    /// <summary>
    /// The same name but for the gender of an adjective name: a neuter "Myronivske" written for the settlement
    /// Myronivskyi. Only the neuter written for a masculine name; the reverse is a district ("Kyivskyi district").
    /// </summary>
    public static bool SameButNeuter(ReadOnlySpan<char> word, string name) => SameButNeuter(SpellingForm.Of(word), SpellingForm.Of(name));

    /// <summary><see cref="SameButNeuter(ReadOnlySpan{char}, string)"/> of two forms made once.</summary>
    public static bool SameButNeuter(SpellingForm word, SpellingForm name) =>
        word.Loose.Length > 3 && !word.MasculineAdjective && name.MasculineAdjective && word.EndsInE && word.Loose == name.Loose;

    /// <summary>"-skyi", "-iy", "-yy": a district or an adjective ("Kyivskyi district"), not a village "Kyivske".</summary>
    internal static bool EndsAsMasculineAdjective(ReadOnlySpan<char> word)
    {
        var w = word.TrimEnd();
        return w.Length > 3 && Letters.Lower(w[^1]) is 'i' or 'y' or 'j' && Letters.Lower(w[^2]) is 'i' or 'y';
    }

    [ThreadStatic]
    private static System.Text.StringBuilder? t_loose;

    internal static string Loose(ReadOnlySpan<char> s)
    {
        var sb = t_loose ??= new System.Text.StringBuilder(64); // reused by this thread: only the string it makes is new
        sb.Clear();
        Span<char> head = stackalloc char[4];
        for (var i = 0; i < s.Length; i++)
        {
            var c = NameFolding.Fold(s[i]);
            if (c is < 'a' or > 'z')
            {
                if (c is ' ' or '-' || s[i] is ' ' or '-' or '\u2010' or '\u2011')
                {
                    RussianFeminineEnding(sb); // at the end of a word
                }

                continue;
            }

            if ((i == 0 || s[i - 1] is ' ' or '-' or '\u2010' or '\u2011') && HeadOf(s[i..], head) && Skeleton.HasProtheticV(head))
            {
                sb.Append('v'); // the Ukrainian prothetic v: Olkhovaya/Vilkhova
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

        RussianFeminineEnding(sb);

        // Ukrainian doubles the consonant before a final -я where Russian writes -ье: Porichchia/Porechye,
        // Trypillia/Tripolye, Zaporizhzhia/Zaporozhye (single letters were read once above)
        sb.Replace("chch", "ch").Replace("zhzh", "zh").Replace("shsh", "sh").Replace("tsts", "ts");

        // shch (Ukrainian щ) and sch (Russian сч, said as щ, and the Russian-style romanisation of щ) are one sound:
        // Pishchane/Peschanoye, Shchastia/Schastye
        sb.Replace("shch", "sch");
        if (sb.Length > 3 && sb[^1] == 'a' && sb[^2] == 'i')
        {
            sb.Length--;
        }

        var loose = sb.ToString();
        if (sb.Capacity > 1024)
        {
            t_loose = null; // not kept after an unusually long word
        }

        return loose;
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

    /// <summary>The Russian feminine adjective ending -aya (-aja) is Ukrainian -a: "Nizhnyaya" is Nyzhnia.</summary>
    private static void RussianFeminineEnding(System.Text.StringBuilder sb)
    {
        if (sb.Length > 4 && sb[^1] == 'a' && sb[^2] == 'i' && sb[^3] == 'a')
        {
            sb.Length -= 2;
        }
    }

    /// <summary>The first four letters of a word, folded; false if the word is shorter.</summary>
    private static bool HeadOf(ReadOnlySpan<char> word, Span<char> head)
    {
        var n = 0;
        for (var i = 0; i < word.Length && n < head.Length; i++)
        {
            var c = NameFolding.Fold(word[i]);
            if (c == '\0')
            {
                continue;
            }

            if (c is < 'a' or > 'z')
            {
                return false;
            }

            head[n++] = c;
        }

        return n == head.Length;
    }
}
