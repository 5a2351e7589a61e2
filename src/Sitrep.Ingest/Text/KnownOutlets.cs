namespace Sitrep.Ingest.Text;

/// <summary>Outlets and agencies whose name on a line of its own (a masthead, a source line) names the outlet.</summary>
internal static class KnownOutlets
{
    private static readonly Dictionary<string, string> Names = Build();

    /// <summary>The outlet's usual name when <paramref name="line"/> is one of its names, else null.</summary>
    public static string? Match(string line)
    {
        var key = line.Trim().Trim('|', '-', '–', '—', '©', '.', ' ').ToLowerInvariant();
        return Names.GetValueOrDefault(key);
    }

    private static Dictionary<string, string> Build()
    {
        string[][] outlets =
        [
            ["Reuters"], ["Associated Press", "AP"], ["AFP", "Agence France-Presse"], ["BBC News", "BBC"],
            ["The Kyiv Independent", "Kyiv Independent"], ["Kyiv Post"], ["Ukrainska Pravda", "Українська правда", "УП"],
            ["Ukrinform", "Укрінформ"], ["Suspilne", "Суспільне", "Суспільне Новини"], ["Interfax-Ukraine", "Інтерфакс-Україна"],
            ["Hromadske", "Громадське"], ["RBC-Ukraine", "РБК-Україна"], ["NV", "Новое время", "Нове время"],
            ["LIGA.net", "ЛІГА.net"], ["Censor.net", "Цензор.нет"], ["UNIAN", "УНІАН"], ["Ukrainian Pravda"],
            ["Meduza", "Медуза"], ["TASS", "ТАСС"], ["RIA Novosti", "РИА Новости"], ["Interfax", "Интерфакс"],
            ["Kommersant", "Коммерсантъ"], ["Mediazona", "Медиазона"], ["The Insider"], ["Novaya Gazeta", "Новая газета"],
            ["Militarnyi", "Мілітарний"], ["Defense Express"], ["The Guardian"], ["The New York Times"],
            ["The Washington Post"], ["Al Jazeera"], ["Deutsche Welle", "DW"], ["Radio Liberty", "Радіо Свобода", "Радио Свобода"],
        ];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var names in outlets)
        {
            foreach (var name in names)
            {
                map[name.ToLowerInvariant()] = names[0];
            }
        }

        return map;
    }
}
