using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// "More than 300,000 households in the capital were left without power", "у столиці пошкоджено ...": "the capital"
/// is the capital named before it in the story (a place of the gazetteer's capital feature), not the last village.
/// </summary>
internal static class CapitalAnaphor
{
    private static readonly WordSet CapitalWords = new(
    [
        "capital", "столиця", "столиці", "столицю", "столицею", "столица", "столице", "столицы", "столицу", "столицей",
    ]);

    /// <summary>The capital named before <paramref name="before"/> when the statement speaks of "the capital", else null.</summary>
    public static PlaceRef? Find(Document document, ReadOnlySpan<Token> tokens, int first, int limit, int before)
    {
        var speaks = false;
        for (var i = first; i < limit && !speaks; i++)
        {
            speaks = CapitalWords.Contains(document.Text, tokens[i])
                && (char.IsLower(document.Text[tokens[i].Start]) || i == first)
                && !(i + 1 < limit && tokens[i + 1].Kind == TokenKind.Word && char.IsUpper(document.Text[tokens[i + 1].Start]));
        }

        if (!speaks)
        {
            return null;
        }

        var places = document.Places;
        for (var i = places.Count - 1; i >= 0; i--)
        {
            var p = places[i];
            if (p.Span.End <= before && p.Role is PlaceRole.Location or PlaceRole.Metonymy && p.FeatureCode == "PPLC")
            {
                return new PlaceRef(p.GeonameId, p.Name);
            }
        }

        return null;
    }
}
