using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// Writes a Russian or Ukrainian Cyrillic word in Latin letters the way Russian names are romanised ("Ровнополье" →
/// rovnopolye, "Затишье" → zatishye), so that a Russian spelling of a Ukrainian village can be looked up by its
/// consonant skeleton like a Latin one (<see cref="Skeleton"/>). A soft sign before a vowel is written y, as the
/// romanisations write it (the ending -ье that Ukrainian writes as a doubled consonant and -я).
/// </summary>
internal static class CyrillicRomaniser
{
    /// <summary>Writes the word into <paramref name="buffer"/>; returns the length, or -1 if the word has a letter
    /// that is not Cyrillic or does not fit.</summary>
    public static int Write(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = 0;
        for (var i = 0; i < word.Length; i++)
        {
            var c = Letters.Lower(word[i]);
            var next = i + 1 < word.Length ? Letters.Lower(word[i + 1]) : '\0';
            var latin = c switch
            {
                'а' => "a", 'б' => "b", 'в' => "v", 'г' => "g", 'ґ' => "g", 'д' => "d", 'е' or 'э' => "e", 'ё' => "yo",
                'є' => "ye", 'ж' => "zh", 'з' => "z", 'и' => "i", 'і' => "i", 'ї' => "yi", 'й' => "y", 'ы' => "y",
                'к' => "k", 'л' => "l", 'м' => "m", 'н' => "n", 'о' => "o", 'п' => "p", 'р' => "r", 'с' => "s",
                'т' => "t", 'у' => "u", 'ф' => "f", 'х' => "kh", 'ц' => "ts", 'ч' => "ch", 'ш' => "sh", 'щ' => "shch",
                'ю' => "yu", 'я' => "ya",
                'ь' or 'ъ' => next is 'е' or 'я' or 'ю' or 'ё' or 'и' or 'є' or 'ї' ? "y" : "",
                '\'' or '\u2019' or '\u02BC' => "",
                '-' or '\u2010' or '\u2011' => "-",
                _ => null,
            };

            if (latin is null || n + latin.Length > buffer.Length)
            {
                return -1;
            }

            latin.AsSpan().CopyTo(buffer[n..]);
            n += latin.Length;
        }

        return n;
    }
}
