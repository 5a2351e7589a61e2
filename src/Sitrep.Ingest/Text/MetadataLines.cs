using System.Text.RegularExpressions;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Text;

/// <summary>Short lines that carry metadata rather than story: "Published: 11 December 2025", "By Jane Doe", "Source: Ukrinform".</summary>
internal static partial class MetadataLines
{
    private static readonly HashSet<string> DateLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "published", "posted", "updated", "date", "on", "at", "last", "modified", "first", "gmt", "utc", "eet", "eest", "cet",
        "msk", "kyiv", "time", "am", "pm", "h", "опубліковано", "оновлено", "дата", "публікації", "о", "р", "року", "рік",
        "опубликовано", "обновлено", "публикации", "в", "г", "года", "від", "от", "by",
    };

    [GeneratedRegex(@"^(?:By|Author:|Автор:|Авторка:)\s+(\p{Lu}[\p{L}'’\-.]+(?:\s+\p{Lu}[\p{L}'’\-.]+){0,3}(?:\s+(?:and|і|и)\s+\p{Lu}[\p{L}'’\-.]+(?:\s+\p{Lu}[\p{L}'’\-.]+){0,2})?)\s*$")]
    private static partial Regex AuthorLine();

    [GeneratedRegex(@"^(?:Source|Джерело|Источник)\s*:\s*(.{2,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();

    [GeneratedRegex(@"\d{1,2}:\d{2}(?::\d{2})?")]
    private static partial Regex ClockTime();

    /// <summary>A line that is only a date with labels and a time of day; <paramref name="updated"/> when labelled as an update.</summary>
    public static DateOnly? DateLine(string line, out bool updated)
    {
        updated = false;
        var t = line.Trim();
        if (t.Length is 0 or > 100 || DateText.Find(t) is not { } found)
        {
            return null;
        }

        var rest = string.Concat(t.AsSpan(0, found.Index), " ", t.AsSpan(found.Index + found.Length));
        rest = ClockTime().Replace(rest, " ");
        foreach (var word in rest.Split([' ', ',', ':', '.', '|', '-', '–', '—', '(', ')', '/', '+', '\t', '·', '•'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.All(char.IsDigit))
            {
                continue;
            }

            if (!DateLabels.Contains(word))
            {
                return null;
            }

            updated |= word.StartsWith("updated", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("оновлено", StringComparison.OrdinalIgnoreCase)
                || word.StartsWith("обновлено", StringComparison.OrdinalIgnoreCase);
        }

        return found.Date;
    }

    /// <summary>
    /// A channel or page header such as "Telegram | 22.11.2025 09:12" or "Black Sea Observer | News | Odesa |
    /// 27.11.2025": short, split by '|', '·' or '•', one part a date. Returns the date, the outlet (the first part
    /// that is not a date, a medium or a section) and the medium when a part names one.
    /// </summary>
    public static (DateOnly Date, string? Outlet, string? Medium)? HeaderLine(string line)
    {
        var t = line.Trim();
        if (t.Length > 120 || t.IndexOfAny(['|', '·', '•']) < 0 || DateText.Find(t) is not { } found)
        {
            return null;
        }

        string? outlet = null, medium = null;
        foreach (var part in t.Split(['|', '·', '•'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (DateText.Find(part) is not null)
            {
                continue;
            }

            if (MediumWord(part) is { } m)
            {
                medium ??= m;
            }
            else if (outlet is null && part.Length is >= 2 and <= 60 && char.IsLetter(part[0]))
            {
                outlet = part;
            }
        }

        return (found.Date, outlet, medium);
    }

    private static readonly string[] PageTools =
    [
        "share", "print", "email", "comments", "поділитися", "друк", "друкувати", "поделиться", "печать", "распечатать",
    ];

    /// <summary>
    /// A page's tool bar copied with its outlet: "Eastern Front Wire | Donetsk region | Share | Print". Split by '|',
    /// '·' or '•', at least one part a page tool (share, print, email), the first part a name. Returns that name.
    /// </summary>
    public static string? PageToolsLine(string line)
    {
        var t = line.Trim();
        if (t.Length > 120 || t.IndexOfAny(['|', '·', '•']) < 0)
        {
            return null;
        }

        var parts = t.Split(['|', '·', '•'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || !parts.Any(p => PageTools.Contains(p, StringComparer.OrdinalIgnoreCase)))
        {
            return null;
        }

        var first = parts[0];
        var isName = first.Length is >= 2 and <= 60 && char.IsUpper(first[0]) && !first.Any(char.IsDigit)
            && !PageTools.Contains(first, StringComparer.OrdinalIgnoreCase)
            && !first.Equals("Home", StringComparison.OrdinalIgnoreCase) && !first.Equals("Головна", StringComparison.OrdinalIgnoreCase)
            && !first.Equals("Главная", StringComparison.OrdinalIgnoreCase);
        return isName ? first : null;
    }

    /// <summary>The date of a bulletin "as of" line: "станом на 08:00 12.12.2025", "по состоянию на 8 декабря 2025", "as of 08:00 on 3 December 2025".</summary>
    public static DateOnly? AsOfDate(string line)
    {
        var t = line.Trim();
        var i = t.IndexOf("станом на", StringComparison.OrdinalIgnoreCase);
        if (i < 0)
        {
            i = t.IndexOf("состоянию на", StringComparison.OrdinalIgnoreCase);
        }

        if (i < 0)
        {
            i = t.IndexOf("as of", StringComparison.OrdinalIgnoreCase);
        }

        return i < 0 || t.Length > 200 ? null : DateText.Find(t[i..]) is { Index: < 30 } found ? found.Date : null;
    }

    private static string? MediumWord(string part) => part.ToLowerInvariant() switch
    {
        "telegram" or "телеграм" or "телеграм-канал" or "telegram channel" => "telegram",
        "facebook" or "фейсбук" => "facebook",
        "x" or "twitter" => "x",
        "news" or "новини" or "новости" or "public" => "",
        _ => null,
    } is { } m ? m : null;

    /// <summary>
    /// A masthead opening a copied page: a short upper-case name such as "KYIV DISPATCH" (at most four words, no
    /// sentence punctuation). Returned in title case: "Kyiv Dispatch".
    /// </summary>
    public static string? Masthead(string line)
    {
        var t = line.Trim();
        if (NameAndDescription(t) is var (name, description) && description.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3)
        {
            // "ПІВДЕННИЙ ОБРІЙ | Телеканал", "FRONTLINE NOTES | Analysis": the masthead before a short description
            t = name;
        }

        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (t.Length is < 4 or > 40 || words.Length is < 1 or > 4 || t.IndexOfAny(['.', ',', '!', '?', ':', '-', '|']) >= 0
            || !t.Any(char.IsLetter) || t.Any(char.IsLower) || !words.All(w => w.All(c => char.IsLetter(c) || c == '\'' || c == '&')))
        {
            return null;
        }

        return string.Join(' ', words.Select(w => w.Length <= 2 ? w : w[0] + w[1..].ToLowerInvariant()));
    }

    /// <summary>
    /// A channel's name line: a short name, a bar and a lower-case description ("Пограничье | сводки и новости",
    /// "Trench Notes | a correspondent's diary"); the name, else null.
    /// </summary>
    public static string? ChannelNameLine(string line)
    {
        var t = line.Trim();
        return t.Length <= 80 && NameAndDescription(t) is var (name, description) && name.Length <= 40 && char.IsLower(description[0])
            ? name
            : null;
    }

    /// <summary>A line of a name, one " | " and a description after it ("Пограничье | сводки и новости"); null for a
    /// line with no bar, more than one, or nothing on a side.</summary>
    private static (string Name, string Description)? NameAndDescription(string line)
    {
        var bar = line.IndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0 || line.IndexOf(" | ", bar + 3, StringComparison.Ordinal) >= 0)
        {
            return null;
        }

        var (name, description) = (line[..bar].TrimEnd(), line[(bar + 3)..].TrimStart());
        return name.Length > 0 && description.Length > 0 ? (name, description) : null;
    }

    public static string? Author(string line)
    {
        var m = AuthorLine().Match(line.Trim());
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>The outlet a line names: "Source: X", a masthead line, or a copyright line "© 2025 X".</summary>
    public static string? Outlet(string line)
    {
        var t = line.Trim();
        if (t.Length > 80)
        {
            return null;
        }

        var m = SourceLine().Match(t);
        if (m.Success)
        {
            return KnownOutlets.Match(m.Groups[1].Value) ?? m.Groups[1].Value.Trim();
        }

        if (KnownOutlets.Match(t) is { } known)
        {
            return known;
        }

        if (t.StartsWith('©') || t.StartsWith("(c)", StringComparison.OrdinalIgnoreCase))
        {
            var name = (t[0] == '©' ? t[1..] : t[3..]).TrimStart("0123456789-–  ".ToCharArray());
            var cut = name.IndexOfAny(['.', ',', '|']);
            name = (cut > 0 ? name[..cut] : name).Trim();
            return name.Length is >= 2 and <= 50 ? KnownOutlets.Match(name) ?? name : null;
        }

        return null;
    }
}
