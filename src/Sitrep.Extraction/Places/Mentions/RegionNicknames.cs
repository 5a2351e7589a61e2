using Sitrep.Core.Text;
using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Mentions;

/// <summary>
/// The colloquial names of oblasts: "Харківщина", "на Сумщині", "Донеччина", "Курщина". They are the oblast, never
/// the hamlet of the same name ("на Харківщині" is not the village Kharkivshchyna). "DPR", "LPR", "ДНР", "ЛНР" are
/// Donetsk and Luhansk oblasts. A town's "-щина" ("Нікопольщина") is the raion named after it.
/// </summary>
internal sealed class RegionNicknames(MentionWords w, Gazetteer gazetteer)
{
    /// <summary>Stems (Ukrainian and Russian spellings) and the region's GeoNames id.</summary>
    private static readonly (string Stem, long GeonameId)[] Stems =
    [
        ("Харківщин", 706482), ("Харьковщин", 706482), ("Сумщин", 692196), ("Донеччин", 709716), ("Донетчин", 709716),
        ("Луганщин", 702657), ("Київщин", 703446), ("Киевщин", 703446), ("Одещин", 698738), ("Одесщин", 698738),
        ("Херсонщин", 706442), ("Миколаївщин", 700567), ("Николаевщин", 700567), ("Дніпропетровщин", 709929),
        ("Днепропетровщин", 709929), ("Дніпровщин", 709929), ("Полтавщин", 696634), ("Чернігівщин", 710734),
        ("Черниговщин", 710734), ("Житомирщин", 686966), ("Вінниччин", 689559), ("Винничин", 689559),
        ("Черкащин", 710802), ("Кіровоградщин", 705811), ("Хмельниччин", 706370), ("Тернопільщин", 691649),
        ("Львівщин", 702549), ("Рівненщин", 695592), ("Курщин", 538555), ("Белгородчин", 578071),
        ("Бєлгородщин", 578071), ("Білгородщин", 578071), ("Брянщин", 571473),
    ];

    /// <summary>Abbreviations of the occupation names of Donetsk and Luhansk oblasts.</summary>
    private static readonly (string Word, long GeonameId)[] Abbreviations =
    [
        ("DPR", 709716), ("DNR", 709716), ("ДНР", 709716), ("LPR", 702657), ("LNR", 702657), ("ЛНР", 702657),
    ];

    public void AddTo(List<NameMatch> matches)
    {
        Dictionary<int, int>? covered = null;
        for (var t = 0; t < w.Count; t++)
        {
            if (!w.IsWord(t) || !char.IsUpper(w.Text[w[t].Start]) || RegionOf(w.Word(t)) is not { } index)
            {
                continue;
            }

            // built at the first nickname found (most documents have none), before any match is added or replaced
            covered ??= TokenOwners.Of(matches);
            var match = new NameMatch(t, t, w[t].Span, [index]) { IsRegionPhrase = true };
            if (covered.TryGetValue(t, out var existing))
            {
                matches[existing] = match;
            }
            else
            {
                matches.Add(match);
            }
        }
    }

    private int? RegionOf(ReadOnlySpan<char> word)
    {
        if (word.Length != AbbreviationLength && !MayBeNickname(word))
        {
            return null;
        }

        foreach (var (abbreviation, id) in Abbreviations)
        {
            if (word.Equals(abbreviation, StringComparison.Ordinal) && gazetteer.IndexOf(id) is var i && i >= 0)
            {
                return i;
            }
        }

        foreach (var (stem, id) in Stems)
        {
            if (word.Length > stem.Length && word.Length <= stem.Length + 3 && word.StartsWith(stem, StringComparison.OrdinalIgnoreCase)
                && gazetteer.IndexOf(id) is var index && index >= 0)
            {
                return index;
            }
        }

        return TownAreaOf(word);
    }

    /// <summary>
    /// A town's colloquial area, "-щина" after the town's name ("Нікопольщина", "на Бахмутщині", "Куп'янщина" from
    /// Kupiansk): the raion named after the town. Nothing if no raion is ("Батьківщина", the homeland; "Слобожанщина").
    /// </summary>
    private int? TownAreaOf(ReadOnlySpan<char> word)
    {
        var at = word.LastIndexOf("щин", StringComparison.OrdinalIgnoreCase);
        if (at < MinTownStem || word.Length - at - 3 > 3)
        {
            return null;
        }

        var stem = word[..at].ToString();
        foreach (var town in (ReadOnlySpan<string>)[stem, stem + "ськ"])
        {
            int? raion = null;
            foreach (var index in NameKeys.KeyOf(town) is { } key ? gazetteer.Lookup(key) : [])
            {
                if (gazetteer.IsRaion(index))
                {
                    if (raion is not null)
                    {
                        return null; // two raions: not this rule's to choose
                    }

                    raion = index;
                }
            }

            if (raion is not null)
            {
                return raion;
            }
        }

        return null;
    }

    private const int AbbreviationLength = 3;

    /// <summary>
    /// Whether "щ" or "ч" is among the last six letters: every stem ends in "-щин" or "-чин" and takes at most three
    /// letters after it, and a town's area is "-щин" and at most three: a word without is no nickname, decided
    /// without comparing it with every stem.
    /// </summary>
    internal static bool MayBeNickname(ReadOnlySpan<char> word) =>
        word[Math.Max(0, word.Length - 6)..].IndexOfAny("щЩчЧ") >= 0;

    /// <summary>The stems, for a test of what <see cref="MayBeNickname"/> relies on.</summary>
    internal static IEnumerable<string> StemList => Stems.Select(s => s.Stem);

    /// <summary>Shorter stems before "-щина" are too short to be a town's name.</summary>
    private const int MinTownStem = 3;
}
