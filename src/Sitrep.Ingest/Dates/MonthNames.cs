namespace Sitrep.Ingest.Dates;

/// <summary>Month names and abbreviations in English, Ukrainian and Russian (nominative and genitive).</summary>
internal static class MonthNames
{
    private static readonly Dictionary<string, int> Months = Build();

    /// <summary>The month (1-12) a word names, ignoring case and a trailing period, or 0.</summary>
    public static int Lookup(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length is < 3 or > 12)
        {
            return 0;
        }

        Span<char> lower = stackalloc char[word.Length];
        word.ToLowerInvariant(lower);
        return Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lower, out var m) ? m : 0;
    }

    private static Dictionary<string, int> Build()
    {
        string[][] names =
        [
            ["january", "jan", "січень", "січня", "январь", "января", "янв"],
            ["february", "feb", "лютий", "лютого", "февраль", "февраля", "фев"],
            ["march", "mar", "березень", "березня", "март", "марта"],
            ["april", "apr", "квітень", "квітня", "апрель", "апреля", "апр"],
            ["may", "травень", "травня", "май", "мая"],
            ["june", "jun", "червень", "червня", "июнь", "июня"],
            ["july", "jul", "липень", "липня", "июль", "июля"],
            ["august", "aug", "серпень", "серпня", "август", "августа", "авг"],
            ["september", "sep", "sept", "вересень", "вересня", "сентябрь", "сентября", "сен", "сент"],
            ["october", "oct", "жовтень", "жовтня", "октябрь", "октября", "окт"],
            ["november", "nov", "листопад", "листопада", "ноябрь", "ноября", "ноя"],
            ["december", "dec", "грудень", "грудня", "декабрь", "декабря", "дек"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
            {
                map[name] = i + 1;
            }
        }

        return map;
    }
}
