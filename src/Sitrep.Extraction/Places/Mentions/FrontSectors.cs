using Sitrep.Core.Text;
using Sitrep.Extraction.Places.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Places.Mentions;

/// <summary>
/// Front-line directions whose name is no town's: the Russian Ministry of Defence's "South Donetsk direction"
/// ("Южно-Донецкое направление", "Yuzhno-Donetsk", "Yuzhnodonetsk") is the sector around Vuhledar, from Marinka to
/// Velyka Novosilka. It resolves to the town the sector was fought over, kept as a direction, with the sector's name
/// as the mention's detail and a lower confidence than a town named outright. "Donetsk" inside it is not the city.
/// </summary>
internal sealed class FrontSectors(MentionWords w, Gazetteer gazetteer)
{
    /// <summary>Confidence of a sector read as its town.</summary>
    public const double Confidence = 0.6;

    /// <summary>Prefixes of the sector's spellings (folded to lower case, hyphens and spaces dropped), the sector's
    /// English name, and the GeoNames id of the town it resolves to.</summary>
    private static readonly (string[] Spellings, string Sector, long GeonameId, bool ContextOnly)[] Sectors =
    [
        (["yuzhnodonets", "southdonetsk", "southerndonetsk", "южнодонецк", "південнодонецьк"], "South Donetsk direction", 690823, false),

        // directions named after a historical region, not a town: no place of their own, only the context of the
        // names listed under them (the General Staff's North Slobozhanskyi direction is the Sumy border, the South
        // Slobozhanskyi the Kharkiv border around Vovchansk)
        (["pivnichnoslobozhan", "northslobozhan", "northernslobozhan", "северослобожан", "північнослобожан"], "North Slobozhanskyi direction", 692194, true),
        (["pivdennoslobozhan", "southslobozhan", "southernslobozhan", "южнослобожан", "південнослобожан"], "South Slobozhanskyi direction", 689304, true),
    ];

    /// <summary>The first letters of the spellings.</summary>
    private static readonly string FirstLetters = string.Concat(Sectors.SelectMany(s => s.Spellings).Select(s => s[0]).Distinct());

    public void AddTo(List<NameMatch> matches)
    {
        for (var t = 0; t < w.Count; t++)
        {
            if (!w.IsWord(t) || !char.IsUpper(w.Text[w[t].Start]) || SectorAt(t) is not { } found)
            {
                continue;
            }

            var (last, sector, index, contextOnly) = found;
            RemoveOverlapping(matches, t, last);
            matches.Add(new NameMatch(t, last, new TextSpan(w[t].Start, w[last].End), [index]) { Sector = sector, ContextOnly = contextOnly });
            t = last;
        }
    }

    /// <summary>Drops the matches with a token in [first, last] (kept out of the loop over tokens: a lambda there
    /// would allocate its closure at every token).</summary>
    private static void RemoveOverlapping(List<NameMatch> matches, int first, int last) =>
        matches.RemoveAll(m => m.FirstToken <= last && m.LastToken >= first);

    /// <summary>The sector whose name starts at <paramref name="first"/> (one word, or words joined by a hyphen or a
    /// space) and is followed by a direction word, possibly after a list of other directions.</summary>
    private (int Last, string Sector, int Index, bool ContextOnly)? SectorAt(int first)
    {
        Span<char> folded = stackalloc char[48];
        var length = 0;
        for (var t = first; t < w.Count && t < first + 4 && w.SameSentence(t, first); t++)
        {
            if (!w.IsWord(t))
            {
                if (!w.PunctIs(t, "-‐‑–"))
                {
                    return null;
                }

                continue;
            }

            foreach (var c in w.Word(t))
            {
                if (char.IsLetter(c) && length < folded.Length)
                {
                    folded[length++] = Letters.Lower(c);
                }
            }

            if (length > 0 && !FirstLetters.Contains(folded[0]))
            {
                return null; // no spelling starts with the letter: the words after cannot make one
            }

            foreach (var (spellings, sector, id, contextOnly) in Sectors)
            {
                foreach (var s in spellings)
                {
                    if (length >= s.Length && folded[..length].StartsWith(s, StringComparison.Ordinal)
                        && BeforeDirectionWord(t) && gazetteer.IndexOf(id) is var index && index >= 0)
                    {
                        return (t, sector, index, contextOnly);
                    }
                }
            }
        }

        return null;
    }

    /// <summary>A direction word next, or after a list of names: "the Yuzhno-Donetsk and Zaporozhye directions".</summary>
    private bool BeforeDirectionWord(int last)
    {
        for (var t = last + 1; t < w.Count && t <= last + 6 && w.SameSentence(t, last); t++)
        {
            if (w.WordIs(t, last, DirectionAdjectives.DirectionWords))
            {
                return true;
            }

            if (!(w.IsListJoin(t) || (w.IsWord(t) && char.IsUpper(w.Text[w[t].Start])) || w.PunctIs(t, "-‐‑–")))
            {
                return false;
            }
        }

        return false;
    }
}
