using Sitrep.Core.Text;
using Sitrep.Extraction.Places.GazetteerBuild;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// The adjective of a town in -ова/-ове (Ukrainian) or -овая/-овое (Russian), whose stem changes before the suffix:
/// Ukrainian closes the syllable and turns its о into і ("Лозова" → "Лозівська міська рада"), Russian keeps it
/// ("Лозовая" → "Лозовской горсовет"). The gazetteer indexes the names, so the adjective is taken back to them here:
/// "Лозівськ-" is looked up as "Лозова" and "Лозове", "Лозовск-" as "Лозовая" and "Лозовое". Only a town of
/// <see cref="Adjectives.KaTownPopulation"/> or more is found so (a village's adjective names streets and farms as
/// often); a place whose own name the adjective is (a village Lozivskyi) stays a candidate beside it, and the
/// disambiguator chooses as for any namesake.
/// </summary>
internal sealed partial class PlaceMatcher
{
    private static readonly (string Suffix, string[] Names)[] AlternatingStems =
    [
        ("івськ", ["ова", "ове"]),
        ("овск", ["овая", "овое"]),
    ];

    /// <summary>The looked-up key is folded and stemmed, so the town found must itself be named in -ova/-ove (Lozova,
    /// Lozovaya), not merely share the stem ("Королівського" is no Korolev).</summary>
    private static readonly string[] OvaEndings = ["ova", "ove", "ovaya", "ovoye", "ovoe", "ovaia", "ovoie"];

    private static bool EndsInOva(string name)
    {
        foreach (var e in OvaEndings)
        {
            if (name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private NameMatch? AlternatingAdjectiveAt(string text, ReadOnlySpan<Token> tokens, int index, NameMatch? match)
    {
        var t = tokens[index];
        if (t.Kind != TokenKind.Word || t.Span.Length < 8 || !char.IsUpper(text[t.Start]) || text[t.Start] is < '\u0400' or > '\u04FF'
            || (match is not null && match.LastToken != index))
        {
            return match;
        }

        var word = t.Text(text);
        if (!IsAdjectiveShaped(word))
        {
            return match;
        }

        List<int>? towns = null;
        foreach (var (suffix, names) in AlternatingStems)
        {
            var at = word.LastIndexOf(suffix, StringComparison.Ordinal);
            if (at < 2 || word.Length - (at + suffix.Length) > 3)
            {
                continue; // the suffix must close the stem, with only a case ending after it
            }

            var stem = word[..at];
            foreach (var ending in names)
            {
                var acc = NameKey.Seed;
                if (!NameKey.AppendToken(string.Concat(stem, ending), ref acc))
                {
                    continue;
                }

                foreach (var h in gazetteer.Lookup(acc))
                {
                    var p = gazetteer[h];
                    if (p.FeatureCode.StartsWith("PPL", StringComparison.Ordinal) && p.Population >= Adjectives.KaTownPopulation
                        && EndsInOva(p.Name)
                        && (match is null || Array.IndexOf(match.Candidates, h) < 0))
                    {
                        (towns ??= []).Add(h);
                    }
                }
            }
        }

        if (towns is null)
        {
            return match;
        }

        return match is null
            ? new NameMatch(index, index, t.Span, [.. towns])
            : match with { Candidates = [.. match.Candidates, .. towns] };
    }
}
