using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// A word or name as <see cref="SpellingDistance"/> compares it: its loose spelling and how it ends. Made once per
/// word, and once per gazetteer name (<see cref="LooseNames"/>), instead of once per comparison.
/// </summary>
internal sealed record SpellingForm(string Loose, bool MasculineAdjective, bool EndsInE)
{
    private static readonly SpellingForm NotLatin = new("", false, false);

    public static SpellingForm Of(ReadOnlySpan<char> word)
    {
        var loose = SpellingDistance.Loose(word);
        if (loose.Length == 0)
        {
            return NotLatin; // no Latin letters: equal to nothing, so how it ends does not matter
        }

        var trimmed = word.TrimEnd();
        return new SpellingForm(
            loose,
            SpellingDistance.EndsAsMasculineAdjective(word),
            trimmed.Length > 0 && Letters.Lower(trimmed[^1]) == 'e');
    }
}

/// <summary>The <see cref="SpellingForm"/> of gazetteer names, made on first use and kept.</summary>
internal sealed class LooseNames(Gazetteer gazetteer)
{
    private readonly SpellingForm?[] _forms = new SpellingForm?[gazetteer.Count];

    public SpellingForm Of(int place) =>
        _forms[place] ??= SpellingForm.Of(gazetteer[place].Name); // a race makes the same form twice
}
