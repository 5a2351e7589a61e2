namespace Sitrep.Extraction.Places.GazetteerBuild;

/// <summary>
/// Ukrainian and Russian name front-line directions with an adjective of the town: "Лиманський напрямок" (Lyman),
/// "Бахмутское направление" (Bakhmut). Towns in -ськ/-ск already share their stem with the adjective; for the
/// others the compiler also indexes the town name plus "ськ", which the stemmer turns into the adjective's stem.
/// </summary>
internal static class Adjectives
{
    /// <summary>Towns this size and larger in -ка also get their adjective's stem: "Шосткинська міська рада" is
    /// Shostka's council, "Охтирська громада" Okhtyrka's; a village's adjective names streets and farms as often.</summary>
    public const int KaTownPopulation = 10_000;

    /// <summary>
    /// The adjective stems of a town in -ка: the -ин- form of a short stem ("Шостка" → "Шосткинськ") and the plain
    /// one ("Охтирка" → "Охтирськ", "Знам'янка" → "Знам'янськ"); the stemmer finds their cases.
    /// </summary>
    public static IEnumerable<string> KaTownAdjectives(string name, int population)
    {
        if (population < KaTownPopulation || name.Length < 5 || !name.EndsWith("ка", StringComparison.Ordinal)
            || !name.All(c => c is >= '\u0400' and <= '\u04FF' or '\'' or '\u2019' or '\u02BC'))
        {
            yield break;
        }

        var stem = name[..^1];
        yield return stem + "инськ";
        yield return name[..^2] + "ськ";
    }

    public static string? TownAdjective(string name)
    {
        if (name.Length < 4 || name.Contains(' ', StringComparison.Ordinal) || name.Contains('-', StringComparison.Ordinal)
            || !name.All(c => c is >= '\u0400' and <= '\u04FF' or '\'' or '\u2019' or '\u02BC'))
        {
            return null;
        }

        var last = char.ToLowerInvariant(name[^1]);
        if (name.EndsWith("ськ", StringComparison.OrdinalIgnoreCase) || name.EndsWith("ск", StringComparison.OrdinalIgnoreCase)
            || "аяеєиіїоуюь".Contains(last, StringComparison.Ordinal))
        {
            return null; // -ськ towns match already; vowel-final names change before the suffix
        }

        return name + "ськ";
    }
}
