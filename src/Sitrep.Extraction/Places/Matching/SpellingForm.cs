namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// A word or name as <see cref="SpellingDistance"/> compares it: its loose spelling and how it ends. Made once per
/// word, and once per gazetteer name (<see cref="LooseNames"/>), instead of once per comparison.
/// </summary>
internal sealed record SpellingForm(string Loose, bool MasculineAdjective, bool EndsInE)
{
    public static SpellingForm Of(ReadOnlySpan<char> word)
    {
        var trimmed = word.TrimEnd();
        return new SpellingForm(
            SpellingDistance.Loose(word),
            SpellingDistance.EndsAsMasculineAdjective(word),
            trimmed.Length > 0 && char.ToLowerInvariant(trimmed[^1]) == 'e');
    }
}

/// <summary>The <see cref="SpellingForm"/> of gazetteer names, made on first use and kept.</summary>
internal sealed class LooseNames(Gazetteer gazetteer)
{
    private readonly SpellingForm?[] _forms = new SpellingForm?[gazetteer.Count];

    public SpellingForm Of(int place) =>
        _forms[place] ??= SpellingForm.Of(gazetteer[place].Name); // a race makes the same form twice
}
