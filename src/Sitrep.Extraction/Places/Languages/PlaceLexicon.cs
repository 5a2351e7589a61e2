using Sitrep.Extraction.Places.Languages.En;
using Sitrep.Extraction.Places.Languages.Ru;
using Sitrep.Extraction.Places.Languages.Uk;

namespace Sitrep.Extraction.Places.Languages;

/// <summary>
/// The cue words of all three languages merged: reports mix scripts (a Ukrainian outlet quoting a Russian channel),
/// so every cue is looked for in every document.
/// </summary>
internal sealed class PlaceLexicon
{
    private static readonly Lazy<PlaceLexicon> LazyDefault = new(() => new PlaceLexicon(
        [EnglishCues.Instance, UkrainianCues.Instance, RussianCues.Instance], ["en", "uk", "ru"]));

    private readonly (string Prefix, bool Exact, string Detail)[] _details;
    private readonly Dictionary<string, long> _metonyms;

    private PlaceLexicon(PlaceCues[] sets, string[] languages)
    {
        Locatives = new CueList(sets.SelectMany(s => s.Locatives));
        Directions = new CueList(sets.SelectMany(s => s.Directions));
        UnitWords = new CueList(sets.SelectMany(s => s.UnitWords));
        ReportingVerbs = new CueList(sets.SelectMany(s => s.ReportingVerbs));
        GovernmentNouns = new CueList(sets.SelectMany(s => s.GovernmentNouns));
        Auxiliaries = new CueList(sets.SelectMany(s => s.Auxiliaries));
        OriginPrepositions = new CueList(sets.SelectMany(s => s.OriginPrepositions));
        LaunchVerbs = new CueList(sets.SelectMany(s => s.LaunchVerbs));
        FromNearPrepositions = new CueList(sets.SelectMany(s => s.FromNearPrepositions));
        Linkers = new CueList(sets.SelectMany(s => s.Linkers));
        _details = sets.SelectMany(s => s.DetailWords)
            .Select(d => d.Word.EndsWith('*') ? (d.Word[..^1], false, d.Detail) : (d.Word, true, d.Detail))
            .OrderByDescending(d => d.Item1.Length)
            .ToArray();
        _metonyms = sets.SelectMany(s => s.Metonyms).DistinctBy(m => m.Word, StringComparer.OrdinalIgnoreCase).ToDictionary(m => m.Word, m => m.GeonameId, StringComparer.OrdinalIgnoreCase);
        CommonWords = new CueList(languages.SelectMany(ReadCommonWords));
        GivenNames = new CueList(ReadList("Sitrep.Extraction.Places.Languages.given-names.txt"));
        Words = new CueTable([
            Locatives, Directions, UnitWords, ReportingVerbs, GovernmentNouns, Auxiliaries, OriginPrepositions, LaunchVerbs,
            FromNearPrepositions, Linkers, CommonWords, GivenNames, .. Resolution.MentionContext.CueLists]);
    }

    /// <summary>All the cue lists of the places rules, this lexicon's and the mention context's, read at once (<see cref="PlaceWords"/>).</summary>
    public CueTable Words { get; }

    /// <summary>Given names: the capitalised word after one is a surname ("Heorhiy Khalikov"), not a place.</summary>
    public CueList GivenNames { get; }

    public static PlaceLexicon Default => LazyDefault.Value;

    public CueList Locatives { get; }

    public CueList Directions { get; }

    public CueList UnitWords { get; }

    public CueList ReportingVerbs { get; }

    public CueList GovernmentNouns { get; }

    public CueList Auxiliaries { get; }

    public CueList OriginPrepositions { get; }

    public CueList LaunchVerbs { get; }

    /// <summary>"из-под", "з-під", "із-під": where forces came from or were pushed out of (<see cref="PlaceCues.FromNearPrepositions"/>).</summary>
    public CueList FromNearPrepositions { get; }

    public CueList Linkers { get; }

    /// <summary>Words that are also place names; entries ending in '*' are stems.</summary>
    public CueList CommonWords { get; }

    public string? DetailOf(ReadOnlySpan<char> word) => DetailIndexOf(word) is var i && i >= 0 ? _details[i].Detail : null;

    /// <summary>The index of the first detail entry <paramref name="word"/> matches, or -1 (<see cref="DetailAt"/>).</summary>
    public int DetailIndexOf(ReadOnlySpan<char> word)
    {
        for (var i = 0; i < _details.Length; i++)
        {
            var (prefix, exact, _) = _details[i];
            if (exact ? word.Equals(prefix, StringComparison.OrdinalIgnoreCase) : word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public string DetailAt(int index) => _details[index].Detail;

    public long? MetonymOf(ReadOnlySpan<char> word) =>
        _metonyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var id) ? id : null;

    public bool IsCommonWord(ReadOnlySpan<char> word) => CommonWords.Matches(word);

    private static IEnumerable<string> ReadCommonWords(string language) =>
        ReadList($"Sitrep.Extraction.Places.Languages.{language}.common-words.txt");

    private static List<string> ReadList(string name)
    {
        using var stream = typeof(PlaceLexicon).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing resource {name}.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            line = line.Trim();
            if (line.Length > 0 && line[0] != '#')
            {
                words.Add(line);
            }
        }

        return words;
    }
}
