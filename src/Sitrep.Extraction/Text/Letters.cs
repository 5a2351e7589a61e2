namespace Sitrep.Extraction.Text;

/// <summary>
/// The invariant lower and upper case of a letter: Latin and the Cyrillic alphabet by arithmetic, anything else
/// through the invariant culture, which answers the same but is slow to reach for every letter of every word.
/// </summary>
internal static class Letters
{
    public static char Lower(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 0x20),
        < '\u0080' => c,
        >= '\u0410' and <= '\u042F' => (char)(c + 0x20),
        >= '\u0400' and <= '\u040F' => (char)(c + 0x50),
        >= '\u0430' and <= '\u045F' => c,
        _ => char.ToLowerInvariant(c),
    };

    public static char Upper(char c) => c switch
    {
        >= 'a' and <= 'z' => (char)(c - 0x20),
        < '\u0080' => c,
        >= '\u0430' and <= '\u044F' => (char)(c - 0x20),
        >= '\u0450' and <= '\u045F' => (char)(c - 0x50),
        >= '\u0400' and <= '\u042F' => c,
        _ => char.ToUpperInvariant(c),
    };
}
