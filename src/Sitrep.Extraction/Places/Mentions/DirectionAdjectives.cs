using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Mentions;

/// <summary>
/// Front-line directions named by an adjective of the town ("на Костянтинівському напрямку", "Гуляйпольское
/// направление"). The adjective of a town in -івка/-овка or -поле is looked up as that town ("Костянтинівка",
/// "Гуляйполе"); a place the adjective reaches only through an old or variant name (Starokostiantyniv once
/// "Kostiantyniv", Zaporizhzhia once "Oleksandrivsk") is dropped. Directions named after historical regions
/// ("Слобожанському", "Придніпровському", "Поліському", "Polissia direction") are not places.
/// </summary>
internal sealed class DirectionAdjectives(MentionWords w, Gazetteer gazetteer)
{
    /// <summary>The words after a direction's name ("Покровському напрямку", "the Yuzhno-Donetsk direction").</summary>
    internal static readonly string[] DirectionWords = ["направлени*", "напрям*", "direction", "directions", "axis"];

    /// <summary>Words after a town's adjective that name the town's community: "Марганецька громада", "Межівській громаді".</summary>
    private static readonly string[] CommunityWords = ["громад*", "hromada"];

    private static readonly string[] HistoricalRegions =
    [
        "Слобожанськ*", "Слобожанск*", "Придніпровськ*", "Приднепровск*", "Поліськ*", "Полесск*", "Таврійськ*",
        "Таврическ*", "Polissia", "Polissya", "Polesie", "Slobozhanskyi", "Slobozhansky", "Prydniprovskyi", "Pridneprovsky",
    ];

    private static readonly string[] Suffixes = ["ськ", "цьк", "зьк", "ск", "цк"];

    /// <summary>The refined match, a match without candidates if it is no place, or null to leave it.</summary>
    public NameMatch? Refine(NameMatch m)
    {
        if (m.FirstToken != m.LastToken || m.IsRegionPhrase || m.IsMetonym || !(BeforeDirectionWord(m.LastToken) || BeforeCommunityWord(m.LastToken)))
        {
            return null;
        }

        var word = w.Text.AsSpan(m.Span.Start, m.Span.Length); // a hyphen piece: "Північно-Слобожанському"
        foreach (var region in HistoricalRegions)
        {
            if (region.EndsWith('*') ? word.StartsWith(region.AsSpan(0, region.Length - 1), StringComparison.OrdinalIgnoreCase)
                : word.Equals(region, StringComparison.OrdinalIgnoreCase))
            {
                return m with { Candidates = [] };
            }
        }

        var cut = -1;
        var suffix = "";
        foreach (var s in Suffixes)
        {
            var at = word.LastIndexOf(s, StringComparison.OrdinalIgnoreCase);
            if (at > 2 && at > cut && word.Length - at - s.Length <= 3)
            {
                cut = at;
                suffix = s;
            }
        }

        if (cut < 0)
        {
            return null;
        }

        var stem = word[..cut].ToString();
        var own = new[] { Transliteration.Skeleton(stem), Transliteration.Skeleton(stem + suffix) };
        var kept = new SortedSet<int>();
        foreach (var form in NounForms(stem, suffix))
        {
            foreach (var c in Lookup(form))
            {
                kept.Add(c);
            }
        }

        if (kept.Count == 0)
        {
            // "Великописарівська громада" is Velyka Pysarivka's, "Великоновосілківський напрямок" Velyka Novosilka's:
            // a compound adjective's first part is the name's own adjective, written apart
            foreach (var (prefix, words) in CompoundPrefixes)
            {
                if (stem.Length > prefix.Length + 2 && stem.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    var rest = string.Concat(char.ToUpperInvariant(stem[prefix.Length]).ToString(), stem.AsSpan(prefix.Length + 1));
                    foreach (var form in NounForms(rest, suffix))
                    {
                        foreach (var first in words)
                        {
                            foreach (var c in Lookup(first, form))
                            {
                                kept.Add(c);
                            }
                        }
                    }
                }
            }
        }

        foreach (var c in Lookup(stem + suffix + "а"))
        {
            if (gazetteer[c].IsAdmin1)
            {
                kept.Add(c); // "Волинському напрямку": Volyn Oblast ("Волинська область")
            }
        }

        if (kept.Count == 0)
        {
            return null;
        }

        foreach (var c in m.Candidates.Concat(Lookup(word.ToString())))
        {
            // the town the adjective is made from: "Lyman" (Лиман-ський), "Pokrovsk" (Покровськ-ий); not a village
            // whose own name is the adjective ("Oleksandrivske", "Huliaipilske")
            var name = gazetteer[c].Name;
            var skeleton = Transliteration.LatinSkeleton(name);
            if (skeleton.Length > 0 && (skeleton == own[0] || (skeleton == own[1] && name.EndsWith("sk", StringComparison.Ordinal))))
            {
                kept.Add(c);
            }
        }

        return m with { Candidates = [.. kept] };
    }

    /// <summary>
    /// Capitalised words before a community word that no name matched ("Марганецька громада"): refined like a match
    /// without candidates, so only the town the adjective is made from is found.
    /// </summary>
    /// <param name="covered">Per token, whether a match covers it.</param>
    public IEnumerable<NameMatch> Unmatched(bool[] covered)
    {
        for (var t = 0; t < w.Count; t++)
        {
            if (!covered[t] && w.IsWord(t) && char.IsUpper(w.Text[w[t].Start]) && BeforeCommunityWord(t)
                && Refine(new NameMatch(t, t, w[t].Span, [])) is { Candidates.Length: > 0 } found)
            {
                yield return found;
            }
        }
    }

    /// <summary>The town names an adjective stem may come from: -івка/-овка, -е/-ове, -поле (і→о), -ова (і→о),
    /// -пілля, -ець, -инь.</summary>
    private static IEnumerable<string> NounForms(string stem, string suffix)
    {
        var b = stem.EndsWith('ь') ? stem[..^1] : stem;
        yield return b + "ка";
        yield return b + "е";
        yield return b + "ь";
        yield return b + "ля"; // Білопіль- → Білопілля
        if (suffix == "цьк")
        {
            yield return b + "ць"; // Марганецька → Марганець
        }

        var i = b.LastIndexOf('і');
        if (i > 0 && i >= b.Length - 3)
        {
            var swapped = string.Concat(b.AsSpan(0, i), "о", b.AsSpan(i + 1));
            yield return swapped + "е"; // Гуляйпіль- → Гуляйполе
            yield return swapped + "а"; // Межів- → Межова
        }
    }

    /// <summary>The first part of a compound adjective and the name's own first words it stands for
    /// ("Велико-" for "Велика", "Великий", "Велике"; Russian "Великая", "Великий", "Великое").</summary>
    private static readonly (string Prefix, string[] Words)[] CompoundPrefixes =
    [
        ("Велико", ["Велика", "Великий", "Велике", "Великая", "Великое"]),
        ("Мало", ["Мала", "Малий", "Мале", "Малая", "Малый", "Малое"]),
        ("Ново", ["Нова", "Новий", "Нове", "Новая", "Новый", "Новое"]),
        ("Старо", ["Стара", "Старий", "Старе", "Старая", "Старый", "Старое"]),
        ("Верхньо", ["Верхня", "Верхній", "Верхнє"]),
        ("Нижньо", ["Нижня", "Нижній", "Нижнє"]),
    ];

    private bool BeforeCommunityWord(int last) => BeforeWord(last, CommunityWords);

    /// <summary>The places of a two-word name ("Велика" "Писарівка").</summary>
    private int[] Lookup(string first, string second)
    {
        var acc = NameKey.Seed;
        return NameKey.AppendToken(first, ref acc) && NameKey.AppendToken(second, ref acc) ? gazetteer.Lookup(acc).ToArray() : [];
    }

    private int[] Lookup(string form)
    {
        var acc = NameKey.Seed;
        return NameKey.AppendToken(form, ref acc) ? gazetteer.Lookup(acc).ToArray() : [];
    }

    private bool BeforeDirectionWord(int last) => BeforeWord(last, DirectionWords);

    /// <summary>The word next, or after a list of adjectives: "на Волинському та Поліському напрямках", "Марганецька, Червоногригорівська громади".</summary>
    private bool BeforeWord(int last, string[] words)
    {
        var t = last + 1;
        for (var guard = 0; guard < 4 && w.SameSentence(t, last); guard++)
        {
            if (w.WordIs(t, last, words))
            {
                return true;
            }

            if (!w.IsListJoin(t) || !w.IsWord(t + 1))
            {
                return false;
            }

            t += 2;
        }

        return false;
    }
}
