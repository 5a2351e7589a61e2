namespace Sitrep.Extraction.Text;

/// <summary>
/// Tells English, Ukrainian and Russian apart by script and by the letters only one of the two Cyrillic
/// alphabets has (Ukrainian і ї є ґ; Russian ы э ъ ё).
/// </summary>
public static class LanguageGuesser
{
    public static string Guess(ReadOnlySpan<char> text)
    {
        int latin = 0, cyrillic = 0, ukrainian = 0, russian = 0;
        foreach (var c in text)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z')
            {
                latin++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
                switch (Letters.Lower(c))
                {
                    case 'і' or 'ї' or 'є' or 'ґ':
                        ukrainian++;
                        break;
                    case 'ы' or 'э' or 'ъ' or 'ё':
                        russian++;
                        break;
                }
            }
        }

        if (cyrillic <= latin)
        {
            return "en";
        }

        return ukrainian >= russian ? (ukrainian == 0 && russian == 0 ? "ru" : "uk") : "ru";
    }
}
