using System.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// Folds one character of a place name to its matching form: lower case, Latin diacritics removed, the Cyrillic
/// letters that Ukrainian and Russian spell differently unified (і ї ы й to и, є ё э to е, ґ to г), and soft and hard
/// signs and apostrophes dropped (returned as '\0').
/// </summary>
internal static class NameFolding
{
    private static readonly char[] LatinTable = BuildLatinTable();

    public static char Fold(char c)
    {
        if (c < LatinTable.Length)
        {
            return LatinTable[c];
        }

        if (c is >= '\u0400' and <= '\u04FF')
        {
            return FoldCyrillic(char.ToLowerInvariant(c));
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u02B9' or '\u0301' or '\u00B4' or '`' => '\0',
            _ => char.ToLowerInvariant(c),
        };
    }

    public static bool IsCyrillic(char c) => c is >= '\u0400' and <= '\u04FF';

    private static char FoldCyrillic(char c) => c switch
    {
        'і' or 'ї' or 'ы' or 'й' => 'и',
        'є' or 'ё' or 'э' => 'е',
        'ґ' => 'г',
        'ь' or 'ъ' => '\0',
        _ => c,
    };

    private static char[] BuildLatinTable()
    {
        var table = new char[0x250];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            if (c is '\'' or '`' or '\u00B4')
            {
                table[i] = '\0';
                continue;
            }

            var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            var baseChar = decomposed.Length > 0 ? decomposed[0] : c;
            table[i] = c switch
            {
                'ł' or 'Ł' => 'l',
                'ø' or 'Ø' => 'o',
                'đ' or 'Đ' => 'd',
                'ß' => 's',
                'ı' => 'i',
                _ => char.ToLowerInvariant(baseChar),
            };
        }

        return table;
    }
}
