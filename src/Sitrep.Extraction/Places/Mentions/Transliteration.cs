using Sitrep.Extraction.Places.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Places.Mentions;

/// <summary>Ukrainian and Russian Cyrillic to Latin (national system), to compare a Cyrillic word with a gazetteer name by consonant skeleton.</summary>
internal static class Transliteration
{
    public static string ToLatin(ReadOnlySpan<char> word)
    {
        var sb = new System.Text.StringBuilder(word.Length + 4);
        foreach (var ch in word)
        {
            var c = Letters.Lower(ch);
            sb.Append(c switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "h", 'ґ' => "g", 'д' => "d", 'е' or 'э' or 'ё' => "e", 'є' => "ie",
                'ж' => "zh", 'з' => "z", 'и' or 'ы' => "y", 'і' or 'ї' or 'й' => "i", 'к' => "k", 'л' => "l", 'м' => "m",
                'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s", 'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "kh",
                'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch", 'ю' => "iu", 'я' => "ia",
                'ь' or 'ъ' or '\'' or '\u2019' or '\u02BC' => "",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>The consonant skeleton of a Cyrillic word, or "" if it has none.</summary>
    public static string Skeleton(ReadOnlySpan<char> cyrillic) => LatinSkeleton(ToLatin(cyrillic));

    /// <summary>The consonant skeleton of a Latin name, or "" if it is not plain Latin.</summary>
    public static string LatinSkeleton(ReadOnlySpan<char> latin)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxPartLength];
        if (latin.Length > NameKey.MaxPartLength)
        {
            return "";
        }

        var n = Matching.Skeleton.Of(latin, buffer);
        return n > 0 ? buffer[..n].ToString() : "";
    }
}
