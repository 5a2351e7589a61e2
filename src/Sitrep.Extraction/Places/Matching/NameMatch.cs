using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>A run of tokens that names a place, with every gazetteer entry it could mean.</summary>
internal sealed record NameMatch(int FirstToken, int LastToken, TextSpan Span, int[] Candidates)
{
    /// <summary>Whether a region word follows ("Kursk region") and the candidates are regions.</summary>
    public bool IsRegionPhrase { get; init; }

    /// <summary>Whether the word always stands for a government ("the Kremlin").</summary>
    public bool IsMetonym { get; init; }

    /// <summary>
    /// The candidates (sorted) found only as the same name in the other romanisation ("Marinovka" for Marynivka),
    /// not by any spelling the gazetteer has; null when there are none.
    /// </summary>
    public int[]? OtherRomanisations { get; init; }

    /// <summary>Whether the word was read as a typo of the name ("Ilvoaisk" for Ilovaisk): a weaker match.</summary>
    public bool IsTypo { get; init; }

    /// <summary>The front sector the name stands for ("South Donetsk direction"), resolved to its town; null for a
    /// place named outright.</summary>
    public string? Sector { get; init; }

    /// <summary>Whether the match only gives the names after it their context (a direction named after a historical
    /// region, "the North Slobozhanskyi direction") and is no place mention itself.</summary>
    public bool ContextOnly { get; init; }

    /// <summary>Whether the name came with an English possessive ("Donetsk's").</summary>
    public bool Possessive { get; init; }
}
