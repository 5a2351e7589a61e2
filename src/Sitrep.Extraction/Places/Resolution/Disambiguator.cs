using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Resolution;

/// <summary>
/// Picks one gazetteer entry per name. Evidence, strongest first: the region the document names ("in the Donetsk
/// region"), the regions of places that are not ambiguous, closeness to the other places of the document, then size
/// (population and administrative rank). The confidence falls with the margin between the best two.
/// </summary>
internal sealed partial class Disambiguator(Gazetteer gazetteer)
{
    private const double NamedRegionWeight = 3.0;
    private const double AnchorRegionWeight = 1.0;
    private const long DominantCityPopulation = 100_000;
    private const double ClusterWeight = 2.0;
    private const double ClusterScaleKm = 60.0;

    /// <summary>In the theatre Sitrep reports on, a Ukrainian place's own current name beats the same string as a
    /// foreign place's old or variant name: "Pokrovsk" is the town in Donetsk Oblast, not Engels (Pokrovsk until 1931).
    /// Within one country size and context still decide ("Artemivsk" stays Bakhmut's old name).</summary>
    private const double PrimaryNameWeight = 3.0;
    private const string TheatreCountry = "UA";

    /// <summary>A village of the regions where the war was fought when the document was written beats its namesakes
    /// elsewhere ("Stepanivka" in a 2015 report is the Donbas village, not the one near Odesa); a town of 10,000+
    /// elsewhere (Millerovo, Rostov Oblast) and a region the text names still win.</summary>
    private const double TheatreWeight = 1.0;
    private const int TheatreTownPopulation = 10_000;
    private const int TownByVariantPopulation = 50_000;
    private const double NearTheWarKm = 200;

    /// <summary>A village near the front of the document's date beats its namesakes elsewhere (see
    /// <see cref="FrontLine"/>): "Stepanivka" in August 2014 is the border village by Savur-Mohyla, "Liman" in May
    /// 2022 is Lyman on the front, not the village of Rodynske once called so. Withheld with the theatre bonus when a
    /// town elsewhere has the name as its own.</summary>
    private const double FrontWeight = 1.5;
    private const double FrontTownWeight = 0.5;

    /// <summary>A place found only as the mention's name in the other romanisation ("Kurakhovo" for "Kurakhove",
    /// "Marynivka" for "Marinovka") yields to one the gazetteer spells so, all else equal.</summary>
    private const double OtherRomanisationPenalty = 0.6;
    private DateOnly? _published;
    private static readonly HashSet<string> NoRegions = [];

    public Resolved[] Resolve(List<NameMatch> matches, string text, DateOnly? published = null, int[]?[]? sections = null, bool[]? listed = null, int[]? paragraphs = null, bool[]? directions = null)
    {
        var theatre = Theatre.RegionsOn(published);
        _published = published;
        (t_frontBonus ??= []).Clear();
        _evidenceUsed = 0;
        var result = new Resolved[matches.Count];
        if (paragraphs is not null && SpreadAcrossRegions(matches, paragraphs, directions))
        {
            ResolveParagraphs(matches, text, paragraphs, listed, result, theatre);
        }
        else
        {
            var (namedRegions, anchorRegions, anchors) = Evidence(matches, paragraphs, -1);
            ResolveDocument(matches, text, listed, result, theatre, namedRegions, anchorRegions, anchors);
        }

        if (sections is not null)
        {
            ResolveSections(matches, text, sections, listed, result, theatre);
        }

        return result;
    }

    /// <summary>
    /// The regions a document names, the regions of its places of certain identity and those places, from the
    /// matches of one paragraph (or of the whole document when <paramref name="paragraph"/> is -1).
    /// </summary>
    /// <remarks>The sets and the list are this thread's, reused from document to document (<see cref="EvidenceSets"/>):
    /// valid until the next <see cref="Resolve"/> on the thread.</remarks>
    private (HashSet<int> Named, HashSet<int> AnchorRegions, List<(double Lat, double Lon, int Place)> Anchors) Evidence(List<NameMatch> matches, int[]? paragraphs, int paragraph)
    {
        var pool = t_evidence ??= [];
        if (_evidenceUsed == pool.Count)
        {
            pool.Add(new EvidenceSets());
        }

        var sets = pool[_evidenceUsed++];
        var namedRegions = sets.Named;
        var anchorRegions = sets.AnchorRegions;
        var anchorPlaces = sets.AnchorPlaces;
        var anchors = sets.Anchors;
        namedRegions.Clear();
        anchorRegions.Clear();
        anchorPlaces.Clear();
        anchors.Clear();
        for (var m = 0; m < matches.Count; m++)
        {
            if (matches[m].ContextOnly || (paragraph >= 0 && paragraphs![m] != paragraph))
            {
                continue; // a direction's context is for its section only; another paragraph's names for their own
            }

            var c = matches[m].Candidates;
            foreach (var idx in c)
            {
                if (gazetteer[idx].IsAdmin1 && (c.Length == 1 || matches[m].IsRegionPhrase))
                {
                    namedRegions.Add(idx);
                }
            }

            if (AnchorOf(c) is { } anchor && anchorPlaces.Add(anchor))
            {
                var region = gazetteer.Admin1Of(gazetteer[anchor]);
                if (region >= 0)
                {
                    anchorRegions.Add(region);
                }
            }
        }

        // the anchors in the order of their places' indices
        var order = sets.Order;
        order.Clear();
        order.AddRange(anchorPlaces);
        order.Sort();
        foreach (var a in order)
        {
            anchors.Add((gazetteer[a].Lat, gazetteer[a].Lon, a));
        }

        return (namedRegions, anchorRegions, anchors);
    }

    /// <summary>The evidence of one paragraph (or document), kept for the next document on the thread.</summary>
    private sealed class EvidenceSets
    {
        public readonly HashSet<int> Named = [];
        public readonly HashSet<int> AnchorRegions = [];
        public readonly HashSet<int> AnchorPlaces = [];
        public readonly List<int> Order = [];
        public readonly List<(double Lat, double Lon, int Place)> Anchors = [];
    }

    [ThreadStatic]
    private static List<EvidenceSets>? t_evidence;

    /// <summary>How many of this thread's <see cref="EvidenceSets"/> the document being resolved holds.</summary>
    private int _evidenceUsed;

    private void ResolveDocument(List<NameMatch> matches, string text, bool[]? listed, Resolved[] result, IReadOnlySet<string> theatre, HashSet<int> namedRegions, HashSet<int> anchorRegions, List<(double Lat, double Lon, int Place)> anchors)
    {
        // what a candidate set resolved to in this document: tables this thread reuses, cleared for each document
        var cache = t_cache ??= new Dictionary<int[], Resolved>(CandidateSetComparer.Instance);
        var listCache = t_listCache ??= new Dictionary<(int[], int[]?, int[]?), Resolved>(ListKeyComparer.Instance);
        cache.Clear();
        listCache.Clear();
        for (var m = 0; m < matches.Count; m++)
        {
            var candidates = matches[m].Candidates;
            var mention = text.AsSpan(matches[m].Span.Start, matches[m].Span.Length);
            var primary = PrimaryNamesOf(candidates, mention);
            var theatreHere = TheatreOf(candidates, theatre, mention);
            var list = NeighboursOf(matches, listed, m);
            if (primary is not null || matches[m].OtherRomanisations is not null || !ReferenceEquals(theatreHere, theatre))
            {
                // what depends on the spelling written is not shared through the cache
                result[m] = Pick(candidates, namedRegions, anchorRegions, anchors, theatreHere, primary, matches[m].OtherRomanisations, null, list);
                continue;
            }

            if (!list.IsEmpty)
            {
                // a name in a list is shared only with the same name between the same neighbours
                var key = (candidates, list.Before, list.After);
                if (!listCache.TryGetValue(key, out var inList))
                {
                    inList = Pick(candidates, namedRegions, anchorRegions, anchors, theatreHere, null, null, null, list);
                    listCache.Add(key, inList);
                }

                result[m] = inList;
                continue;
            }

            if (!cache.TryGetValue(candidates, out var resolved))
            {
                resolved = Pick(candidates, namedRegions, anchorRegions, anchors, theatreHere, null, null);
                cache.Add(candidates, resolved);
            }

            result[m] = resolved;
        }
    }

    /// <summary>
    /// The place a name surely means, which then anchors the others: its only candidate, or a city of 100,000+ that
    /// outweighs every namesake tenfold ("Moscow" is Moscow, not the Idaho town of 25,000, so a quarter named next
    /// to it stays in Moscow). Regions never anchor.
    /// </summary>
    private int? AnchorOf(int[] candidates)
    {
        if (candidates.Length == 0)
        {
            return null;
        }

        var best = candidates[0];
        foreach (var c in candidates)
        {
            if (gazetteer[c].Population > gazetteer[best].Population)
            {
                best = c;
            }
        }

        var top = gazetteer[best];
        if (top.IsAdminArea || (candidates.Length > 1 && top.Population < DominantCityPopulation))
        {
            return null;
        }

        foreach (var c in candidates)
        {
            if (c != best && gazetteer[c].Population * 10 > top.Population)
            {
                return null;
            }
        }

        return best;
    }

    /// <summary>
    /// The theatre regions whose candidates get the bonus here: none when a town of 10,000+ outside them in
    /// Ukraine, Russia or Belarus, near the war or of 50,000+, has the name as its own ("Millerovo" is the Rostov
    /// town, not a Luhansk village also called so) and none inside does; a town abroad does not count ("Georgievka"
    /// is the Luhansk village, not Kalbatau in Kazakhstan).
    /// </summary>
    private IReadOnlySet<string> TheatreOf(int[] candidates, IReadOnlySet<string> theatre, ReadOnlySpan<char> mention)
    {
        if (theatre.Count == 0 || candidates.Length < 2)
        {
            return theatre; // nothing to withhold
        }

        bool townElsewhere = false, townInTheatre = false;
        foreach (var c in candidates)
        {
            var p = gazetteer[c];
            if (p.Population >= TheatreTownPopulation && p.FeatureCode != "PPLX" && p.Country is "UA" or "RU" or "BY")
            {
                // a quarter of a city (Moscow's Sokolniki) is not a town of note, nor is a town elsewhere known by
                // this name only as a variant or old name (Kuvshinovo, once Kamenka)
                townInTheatre |= Theatre.Contains(theatre, p);
                townElsewhere |= !Theatre.Contains(theatre, p) && SameFolded(p.Name, mention) && NearTheWar(p, candidates, theatre);
            }
        }

        // a town of note elsewhere is not outweighed by the war's villages, but a town of the war is not
        // outweighed by a town elsewhere (Pervomaisk, Luhansk Oblast, in 2014; not Pervomaisk, Mykolaiv Oblast)
        return townElsewhere && !townInTheatre ? NoRegions : theatre;
    }

    /// <summary>
    /// Whether a town outside the theatre is one the war's reporting names: a town of 50,000+, or one within
    /// <see cref="NearTheWarKm"/> of a namesake in the theatre (Millerovo, Rostov Oblast). A town of 10,000 across
    /// Russia ("Krasny Yar" in Astrakhan Oblast, "Troitskoye" in Altai Krai) does not outweigh the war's villages.
    /// </summary>
    private bool NearTheWar(GazetteerPlace town, int[] candidates, IReadOnlySet<string> theatre)
    {
        if (town.Population >= TownByVariantPopulation)
        {
            return true;
        }

        foreach (var c in candidates)
        {
            var p = gazetteer[c];
            if (Theatre.Contains(theatre, p) && Geo.AtLeastKm(town.Lat, p.Lat) <= NearTheWarKm
                && Geo.DistanceKm(town.Lat, town.Lon, p.Lat, p.Lon) <= NearTheWarKm)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The Ukrainian candidates whose own name is the mention (folded, or in the other romanisation:
    /// "Georgiyevka" is Heorhiivka's own name too), when a foreign candidate matched only by a variant name;
    /// otherwise null. The other romanisation counts so that a village of the war spelled the Ukrainian way is not
    /// outweighed by a village far from it that the gazetteer happens to spell as written (Crimea's Georgiyevka).</summary>
    private HashSet<int>? PrimaryNamesOf(int[] candidates, ReadOnlySpan<char> mention)
    {
        if (candidates.Length < 2)
        {
            return null;
        }

        // gathered in a list this thread reuses; a set is made only when it is the answer (rarely)
        var found = t_found ??= [];
        found.Clear();
        var foreignVariant = false;
        var townByVariant = false;
        SpellingForm? written = null;
        foreach (var c in candidates)
        {
            var p = gazetteer[c];
            if (SameFolded(p.Name, mention)
                || (p.Country == TheatreCountry && SpellingDistance.Same(written ??= SpellingForm.Of(mention), gazetteer.LooseNames.Of(c))))
            {
                if (p.Country == TheatreCountry)
                {
                    found.Add(c);
                }
            }
            else if (p.Country != TheatreCountry)
            {
                foreignVariant = true;
            }
            else
            {
                townByVariant |= p.Population >= TownByVariantPopulation;
            }
        }

        // a Ukrainian town of note known by this name in another spelling ("Konstantinovka" for Kostiantynivka)
        // is not outweighed by a Ukrainian village whose own name happens to be that spelling
        return foreignVariant && !townByVariant && found.Count > 0 ? new HashSet<int>(found) : null;
    }

    [ThreadStatic]
    private static List<int>? t_found;

    [ThreadStatic]
    private static Dictionary<int[], Resolved>? t_cache;

    [ThreadStatic]
    private static Dictionary<(int[], int[]?, int[]?), Resolved>? t_listCache;

    private static bool SameFolded(string name, ReadOnlySpan<char> mention) => SameName.Of(name, mention);

    private Resolved Pick(int[] candidates, HashSet<int> namedRegions, HashSet<int> anchorRegions, List<(double Lat, double Lon, int Place)> anchors, IReadOnlySet<string> theatre, HashSet<int>? primary, int[]? otherRomanisations, List<(double Lat, double Lon)>? section = null, ListNeighbours list = default)
    {
        if (candidates.Length == 1)
        {
            return new Resolved(candidates[0], 1.0);
        }

        double best = double.MinValue, second = double.MinValue;
        var bestIndex = candidates[0];
        if (anchors.Count > 0 && !AnyNearAnchor(candidates, anchors))
        {
            // no namesake lies near a place of certain identity: those places say nothing of which one is meant (a
            // briefing's "near Prymorske and Kherson" is the Prymorske on the front by Stepnohirsk, not a namesake 60 km
            // behind the lines in Kherson's oblast), and the front of the date counts as for a document naming none
            anchors = NoAnchors;
            anchorRegions = NoPlaces;
        }

        foreach (var c in candidates)
        {
            var p = gazetteer[c];
            var score = Prior(p) + (primary?.Contains(c) == true ? PrimaryNameWeight : 0.0)
                + (Theatre.Contains(theatre, p) ? TheatreWeight : 0.0)
                + (theatre.Count > 0 && FrontFactor(anchors.Count) is var factor && factor != 0.0 ? factor * FrontBonusOf(c, p) : 0.0)
                - (otherRomanisations is not null && Array.BinarySearch(otherRomanisations, c) >= 0 ? OtherRomanisationPenalty : 0.0);
            var region = gazetteer.Admin1Of(p);
            if (region >= 0 && namedRegions.Contains(region))
            {
                score += NamedRegionWeight;
            }
            else if (region >= 0 && anchorRegions.Contains(region) && AnotherAnchorIn(region, c, anchors))
            {
                // a place is no evidence for itself: a city that anchors because it dwarfs its namesakes does not
                // also lend its own region to itself (92's "Кам'янське" among the front's villages)
                score += AnchorRegionWeight;
            }

            var nearest = double.MaxValue;
            foreach (var (lat, lon, place) in anchors)
            {
                if (place != c && Geo.AtLeastKm(p.Lat, lat) < nearest)
                {
                    nearest = Math.Min(nearest, Geo.DistanceKm(p.Lat, p.Lon, lat, lon));
                }
            }

            if (nearest < double.MaxValue)
            {
                score += ClusterWeight * Math.Exp(-nearest / ClusterScaleKm);
            }

            if (section is not null)
            {
                var closest = double.MaxValue;
                foreach (var (lat, lon) in section)
                {
                    if (Geo.AtLeastKm(p.Lat, lat) < closest)
                    {
                        closest = Math.Min(closest, Geo.DistanceKm(p.Lat, p.Lon, lat, lon));
                    }
                }

                score += SectionCloseness(closest);
            }

            score += ListCloseness(c, p, list);

            if (score > best)
            {
                second = best;
                best = score;
                bestIndex = c;
            }
            else if (score > second)
            {
                second = score;
            }
        }

        var margin = best - second;
        return new Resolved(bestIndex, Math.Round(0.5 + (0.45 * Math.Tanh(margin)), 2));
    }

    /// <summary>Whether an anchor other than <paramref name="self"/> lies in <paramref name="region"/>.</summary>
    private bool AnotherAnchorIn(int region, int self, List<(double Lat, double Lon, int Place)> anchors)
    {
        foreach (var (_, _, place) in anchors)
        {
            if (place != self && gazetteer.Admin1Of(gazetteer[place]) == region)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How near a place of certain identity one of a name's namesakes must lie for it to weigh (its region, and
    /// closeness to it) in choosing among them: "a town named next to a village decides".</summary>
    private const double AnchorReachKm = 50.0;

    /// <summary>Whether a candidate lies within <see cref="AnchorReachKm"/> of an anchor other than itself.</summary>
    private bool AnyNearAnchor(int[] candidates, List<(double Lat, double Lon, int Place)> anchors)
    {
        foreach (var c in candidates)
        {
            var p = gazetteer[c];
            foreach (var (lat, lon, place) in anchors)
            {
                if (place != c && Geo.AtLeastKm(p.Lat, lat) < AnchorReachKm && Geo.DistanceKm(p.Lat, p.Lon, lat, lon) < AnchorReachKm)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Since the invasion the front runs a thousand kilometres through four oblasts and most village names recur
    /// along it, so the front of the date is only a prior for a document that gives no geography of its own: with a
    /// place of certain identity named (an anchor) within 50 km of one of the namesakes, closeness to it decides
    /// instead. Before, the front was short and its villages few, and it counts always.
    /// </summary>
    private double FrontFactor(int anchors) => anchors == 0 || _published < FrontLine.FullScaleWar ? 1.0 : 0.0;

    /// <summary>
    /// Nearness to the front of the date, and on top of it <see cref="FrontTownWeight"/> for a town the dated front
    /// itself names: since the invasion the front's villages share names with hamlets a few kilometres from its towns
    /// ("Novopavlivka" of the reports is the village on the front west of Pokrovsk, not its namesake by Pokrovsk's
    /// edge), and nearness alone hardly tells them apart. Before the invasion the bonus is nearness alone.
    /// </summary>
    private double FrontBonus(GazetteerPlace p)
    {
        var near = FrontLine.Nearness(p, _published);
        return (FrontWeight * near) + (_published >= FrontLine.FullScaleWar && FrontLine.AtTown(near) ? FrontTownWeight : 0.0);
    }

    /// <summary>
    /// <see cref="FrontBonus"/> of a candidate, computed once per document: a name's namesakes are scored again at every
    /// mention whose spelling or neighbours keep it from the document's cache, and the same villages recur among the
    /// candidates of different names.
    /// </summary>
    private double FrontBonusOf(int candidate, GazetteerPlace p)
    {
        var cache = t_frontBonus ??= []; // cleared by Resolve for each document
        if (!cache.TryGetValue(candidate, out var bonus))
        {
            bonus = FrontBonus(p);
            cache.Add(candidate, bonus);
        }

        return bonus;
    }

    [ThreadStatic]
    private static Dictionary<int, double>? t_frontBonus;

    /// <summary>What is known before context: size and rank, and the countries this tool reports on.</summary>
    private static double Prior(GazetteerPlace p)
    {
        var score = 0.15 * Math.Log10(p.Population + 1.0);
        score += p.FeatureCode == "PPLX" ? 0.0 : p.Population switch // a city's quarter (Moscow's Sokolniki) is not a city
        {
            >= 500_000 => 5.0, // the news names big cities without context: a region named or a
            >= 100_000 => 3.5, // village nearby must not pull "Zaporizhzhia" away from the city
            >= 50_000 => 1.5,
            _ => 0.0,
        };
        score += p.FeatureCode switch
        {
            "PCLI" => 3.0,
            "ADM1" => 1.0,
            "PPLC" => 0.6,
            "PPLA" => 0.4,
            "PPLA2" => 0.2,
            _ => 0.0,
        };
        return score + p.Country switch
        {
            "UA" => 0.3,
            "RU" => 0.1,
            _ => 0.0,
        };
    }
}

/// <summary>Candidate sets compared by content: the same name resolves the same way throughout a document.</summary>
internal sealed class CandidateSetComparer : IEqualityComparer<int[]>
{
    public static CandidateSetComparer Instance { get; } = new();

    public bool Equals(int[]? x, int[]? y) => x.AsSpan().SequenceEqual(y);

    public int GetHashCode(int[] obj)
    {
        var h = new HashCode();
        h.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(obj.AsSpan()));
        return h.ToHashCode();
    }
}

/// <summary>The entry chosen for a name and how sure the choice is.</summary>
internal readonly record struct Resolved(int Place, double Confidence);
