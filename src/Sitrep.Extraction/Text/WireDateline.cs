namespace Sitrep.Extraction.Text;

/// <summary>
/// A wire dateline: a name in capitals opening a line, before a comma or a dash ("GENEVA - ", "WARSAW, Nov 24
/// (Reuters) -", "NEW YORK -"). It names where the story was filed. One reading of it for the places stage (which
/// takes such a city abroad as a place) and the events stage (which puts an agreement there).
/// </summary>
internal static class WireDateline
{
    private const int MinLength = 3;

    /// <summary>Whether text[start..end) is a dateline's name: at a line's start (after indentation), of 3+ letters,
    /// all in capitals, followed by a comma or by a dash after at most one space.</summary>
    public static bool Opens(string text, int start, int end)
    {
        var s = start;
        while (s > 0 && text[s - 1] is ' ' or '\t')
        {
            s--;
        }

        if ((s > 0 && text[s - 1] != '\n') || end - start < MinLength || end >= text.Length)
        {
            return false;
        }

        foreach (var c in text.AsSpan(start, end - start))
        {
            if (char.IsLetter(c) ? !char.IsUpper(c) : c is not (' ' or '-'))
            {
                return false;
            }
        }

        var next = end;
        if (text[next] == ',')
        {
            return true;
        }

        if (text[next] == ' ' && next + 1 < text.Length)
        {
            next++;
        }

        return text[next] is '-' or '\u2013' or '\u2014';
    }
}
