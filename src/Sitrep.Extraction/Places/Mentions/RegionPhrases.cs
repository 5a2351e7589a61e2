using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Mentions;

/// <summary>
/// Region phrases the matcher's one-word region check does not see: plural region words that make every name of
/// the list a region ("the Zaporizhzhia and Dnipropetrovsk regions", "у Харківській та Сумській областях"), the
/// adjective "regional" in Ukrainian and Russian ("Сумській обласній військовій адміністрації"), the occupation
/// names of two oblasts ("Donetsk People's Republic", "Lugansk Republic", "Донецкой Народной Республики"); and, for any region phrase,
/// the oblast over the city that is a region of its own ("the Kyiv region" is Kyiv Oblast, not Kyiv City).
/// </summary>
internal sealed class RegionPhrases(MentionWords w, Gazetteer gazetteer)
{
    private static readonly string[] PluralRegionWords =
    [
        "regions", "oblasts", "provinces", "областях", "областей", "областям", "областями",
    ];

    private static readonly string[] RegionalAdjectives = ["обласн*", "областн*"];

    public List<NameMatch> Apply(List<NameMatch> matches)
    {
        for (var i = 0; i < matches.Count; i++)
        {
            var m = matches[i];
            if (m.LastToken > m.FirstToken && w.WordIs(m.LastToken, m.FirstToken, PluralRaionWords) && Array.Exists(m.Candidates, gazetteer.IsRaion))
            {
                RaionsBefore(matches, i);
            }

            if (m.IsRegionPhrase)
            {
                matches[i] = PreferOblast(m);
                if (w.WordIs(m.LastToken, m.FirstToken, PluralRegionWords))
                {
                    RegionsBefore(matches, i);
                }

                continue;
            }

            if (m.IsMetonym || m.Possessive)
            {
                continue;
            }

            var next = m.LastToken + 1;
            int regionEnd = -1;
            var plural = false;
            if (w.WordIs(next, m.FirstToken, "People's", "People’s", "Peoples", "People") && w.WordIs(next + 1, m.FirstToken, "Republic"))
            {
                regionEnd = next + 1;
            }
            else if (w.WordIs(next, m.FirstToken, "Народн*") && w.WordIs(next + 1, m.FirstToken, "Республик*"))
            {
                regionEnd = next + 1;
            }
            else if (w.WordIs(next, m.FirstToken, "Obl") && char.IsUpper(w.Text[w[next].Start]))
            {
                regionEnd = next; // "Maryinka, Donetsk Obl"
            }
            else if (w.WordIs(next, m.FirstToken, "Republic") && char.IsUpper(w.Text[w[next].Start]))
            {
                regionEnd = next; // "the self-proclaimed Donetsk Republic"
            }
            else if (w.WordIs(next, m.FirstToken, RegionalAdjectives))
            {
                regionEnd = next;
            }
            else if (w.WordIs(next, m.FirstToken, PluralRegionWords))
            {
                regionEnd = next;
                plural = true;
            }

            if (regionEnd < 0 || ToRegion(m, regionEnd) is not { } region)
            {
                continue;
            }

            matches[i] = region;
            if (plural)
            {
                RegionsBefore(matches, i);
            }
        }

        return matches;
    }

    /// <summary>The names listed before a plural region word are regions too: "the Zaporizhzhia and Dnipropetrovsk regions".</summary>
    private void RegionsBefore(List<NameMatch> matches, int i)
    {
        for (var j = i - 1; j >= 0 && Joined(matches[j], matches[j + 1]) && !matches[j].IsRegionPhrase; j--)
        {
            if (ToRegion(matches[j], matches[j].LastToken) is not { } listed)
            {
                break;
            }

            matches[j] = listed;
        }
    }

    private static readonly string[] PluralRaionWords =
    [
        "районів", "районах", "районам", "районами", "районов", "районы", "districts", "raions",
    ];

    /// <summary>
    /// The names listed before a raion with a plural raion word are raions too: "населені пункти Херсонського та
    /// Бериславського районів" names the Kherson raion, not the city; "Херсонского и Бериславского районов" likewise.
    /// A name that no raion has keeps its reading.
    /// </summary>
    private void RaionsBefore(List<NameMatch> matches, int i)
    {
        for (var j = i - 1; j >= 0 && Joined(matches[j], matches[j + 1]) && !matches[j].IsRegionPhrase; j--)
        {
            var acc = NameKey.Seed;
            var ok = true;
            for (var t = matches[j].FirstToken; t <= matches[j].LastToken && ok; t++)
            {
                ok = NameKey.AppendToken(w.Word(t), ref acc);
            }

            if (!ok)
            {
                break;
            }

            var raions = new List<int>();
            foreach (var c in gazetteer.Lookup(acc))
            {
                if (gazetteer.IsRaion(c))
                {
                    raions.Add(c); // a raion is indexed under its bare name, and found only with its raion word
                }
            }

            if (raions.Count == 0)
            {
                break;
            }

            matches[j] = matches[j] with { Candidates = [.. raions], IsRegionPhrase = true };
        }
    }

    /// <summary>Whether only a list join (",", "and", "та") stands between two matches.</summary>
    private bool Joined(NameMatch a, NameMatch b) => b.FirstToken - a.LastToken == 2 && w.IsListJoin(a.LastToken + 1);

    /// <summary>The region of the name of <paramref name="m"/>, with the span ending at <paramref name="last"/>; null if it names no region.</summary>
    private NameMatch? ToRegion(NameMatch m, int last)
    {
        var acc = NameKey.Seed;
        for (var t = m.FirstToken; t <= m.LastToken; t++)
        {
            if (!NameKey.AppendToken(w.Word(t), ref acc))
            {
                return null;
            }
        }

        var regions = new SortedSet<int>();
        foreach (var c in gazetteer.Lookup(acc))
        {
            if (gazetteer[c].IsAdmin1)
            {
                regions.Add(c);
            }
        }

        if (regions.Count == 0)
        {
            regions.UnionWith(NamesakeRegions.Of(gazetteer, m.Candidates));
        }

        if (regions.Count == 0)
        {
            return null;
        }

        var end = w[last].End;
        return PreferOblast(m with { LastToken = last, Span = new(m.Span.Start, end), Candidates = [.. regions], IsRegionPhrase = true });
    }

    /// <summary>With a region word, a region called by its region word ("Kyiv Oblast") beats a city that is a region ("Kyiv").</summary>
    private NameMatch PreferOblast(NameMatch m)
    {
        if (m.Candidates.Length < 2)
        {
            return m;
        }

        var oblasts = m.Candidates.Where(c => gazetteer[c].IsAdmin1 && RegionWords.StripRegionWord(gazetteer[c].Name) is not null).ToArray();
        return oblasts.Length > 0 && oblasts.Length < m.Candidates.Length ? m with { Candidates = oblasts } : m;
    }

    /// <summary>The first-level regions a region phrase may mean (empty for other matches).</summary>
    public HashSet<int> RegionsOf(NameMatch m)
    {
        var set = new HashSet<int>();
        if (!m.IsRegionPhrase)
        {
            return set;
        }

        foreach (var c in m.Candidates)
        {
            set.Add(gazetteer[c].IsAdmin1 ? c : gazetteer.Admin1Of(gazetteer[c]));
        }

        set.Remove(-1);
        return set;
    }
}
