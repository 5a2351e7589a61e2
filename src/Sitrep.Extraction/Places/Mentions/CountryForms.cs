using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Mentions;

/// <summary>
/// Inflected and abbreviated names of the countries of the war, which stemming alone misreads ("России" → the
/// Belarusian village Ross'): "Россия/России/Россией", "Росія/Росії/росії" (lower case in much Ukrainian writing),
/// "Российской Федерации", "Російської Федерації", "РФ", "США".
/// </summary>
internal sealed class CountryForms(MentionWords w, Gazetteer gazetteer)
{
    private const long Russia = 2017370;
    private const long Usa = 6252001;

    private static readonly (string Word, long GeonameId)[] Exact =
    [
        ("РФ", Russia), ("США", Usa),
    ];

    private static readonly (string Stem, string[] Endings, long GeonameId)[] Inflected =
    [
        ("Росси", ["я", "и", "ю", "ей"], Russia), ("Росі", ["я", "ї", "ю", "єю"], Russia),
    ];

    public void AddTo(List<NameMatch> matches)
    {
        Dictionary<int, int>? covered = null;
        HashSet<int>? remove = null;
        for (var t = 0; t < w.Count; t++)
        {
            if (!w.IsWord(t) || CountryOf(t, out var last) is not { } index)
            {
                continue;
            }

            // built at the first country found, before any match is added or replaced
            covered ??= TokenOwners.Of(matches);
            var match = new NameMatch(t, last, new(w[t].Start, w[last].End), [index]);
            var replaced = -1;
            for (var u = t; u <= last; u++)
            {
                if (covered.TryGetValue(u, out var existing))
                {
                    if (replaced < 0)
                    {
                        matches[existing] = match;
                        replaced = existing;
                    }
                    else if (existing != replaced)
                    {
                        (remove ??= []).Add(existing); // another match inside the country's words; not the one replaced, which may span them all
                    }
                }
            }

            if (replaced < 0)
            {
                matches.Add(match);
            }

            t = last;
        }

        if (remove is null)
        {
            return;
        }

        foreach (var r in remove.OrderDescending())
        {
            matches.RemoveAt(r);
        }
    }

    private int? CountryOf(int t, out int last)
    {
        last = t;
        var word = w.Word(t);
        if (word.IsEmpty || word[0] is not ('Р' or 'р' or 'С'))
        {
            return null; // every form starts so ("Росія", "РФ", "США"): most words are decided by their first letter
        }

        if ((word.StartsWith("Российск", StringComparison.OrdinalIgnoreCase) || word.StartsWith("Російськ", StringComparison.OrdinalIgnoreCase))
            && w.WordIs(t + 1, t, "Федераци*", "Федераці*"))
        {
            last = t + 1;
            return Index(Russia);
        }

        foreach (var (exact, id) in Exact)
        {
            if (word.Equals(exact, StringComparison.Ordinal))
            {
                return Index(id);
            }
        }

        foreach (var (stem, endings, id) in Inflected)
        {
            if (!word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var e in endings)
            {
                if (word.Length == stem.Length + e.Length && word.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                {
                    return Index(id);
                }
            }
        }

        return null;
    }

    private int? Index(long id) => gazetteer.IndexOf(id) is var i && i >= 0 ? i : null;
}
