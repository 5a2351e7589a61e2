using System.Text;

namespace Sitrep.Extraction.Places.Resolution;

/// <summary>Ukrainian Cyrillic in the national romanisation (2010), the spelling GeoNames gives most Ukrainian places.</summary>
internal static class Romanisation
{
    public static string Ukrainian(ReadOnlySpan<char> cyrillic)
    {
        var sb = new StringBuilder(cyrillic.Length + 4);
        foreach (var c in cyrillic)
        {
            var lower = char.ToLowerInvariant(c);
            var latin = lower switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "h", 'ґ' => "g", 'д' => "d", 'е' => "e", 'є' => "ie",
                'ж' => "zh", 'з' => "z", 'и' => "y", 'і' => "i", 'ї' => "i", 'й' => "i", 'к' => "k", 'л' => "l",
                'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u",
                'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ь' => "", 'ю' => "iu",
                'я' => "ia", '\'' or '\u2019' or '\u02BC' => "",
                _ => lower.ToString(),
            };
            sb.Append(latin);
        }

        return sb.ToString();
    }
}
