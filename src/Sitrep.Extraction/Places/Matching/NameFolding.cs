using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// Folds one character of a place name to its matching form: lower case, Latin diacritics removed, the Cyrillic
/// letters that Ukrainian and Russian spell differently unified (і ї ы й to и, є ё э to е, ґ to г), and soft and hard
/// signs and apostrophes dropped (returned as '\0').
/// </summary>
internal static class NameFolding
{
    private static readonly char[] LatinTable = BuildLatinTable();

    /// <summary>U+0400..U+04FF folded, made once: lowering a Cyrillic letter through the invariant culture is slow.</summary>
    private static readonly char[] CyrillicTable = BuildCyrillicTable();

    public static char Fold(char c)
    {
        if (c < LatinTable.Length)
        {
            return LatinTable[c];
        }

        if (c is >= '\u0400' and <= '\u04FF')
        {
            return CyrillicTable[c - '\u0400'];
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u02B9' or '\u0301' or '\u00B4' or '`' => '\0',
            _ => Letters.Lower(c),
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

    // Base letters of U+00C0..U+024F (Latin-1 Supplement, Latin Extended-A and -B), lower case: generated from
    // Unicode canonical decompositions, since string normalisation is not available under invariant globalisation.
    private const string LatinFromC0 =
        "aaaaaaaceeeeiiiidnooooo\u00D7ouuuuytsaaaaaaaceeeeiiiidnooooo\u00F7ouuuuytyaaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\u0133\u0133jjkk\u0138llllll\u0140\u0140llnnnnnn\u0149\u014B\u014Boooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz\u017F\u0180\u0253\u0183\u0183\u0185\u0185\u0254\u0188\u0188\u0256\u0257\u018C\u018C\u018D\u01DD\u0259\u025B\u0192f\u0260\u0263\u0195\u0269\u0268\u0199\u0199\u019A\u019B\u026F\u0272\u019E\u0275oo\u01A3\u01A3\u01A5\u01A5\u0280\u01A8\u01A8\u0283\u01AA\u01AB\u01AD\u01AD\u0288uu\u028A\u028B\u01B4\u01B4\u01B6\u01B6\u0292\u01B9\u01B9\u01BA\u01BB\u01BD\u01BD\u01BE\u01BF\u01C0\u01C1\u01C2\u01C3\u01C6\u01C6\u01C6\u01C9\u01C9\u01C9\u01CC\u01CC\u01CCaaiioouuuuuuuuuu\u01DDaaaa\u01E3\u01E3\u01E5\u01E5ggkkoooo\u01EF\u01EFj\u01F3\u01F3\u01F3gg\u0195\u01BFnnaa\u01FD\u01FD\u01FF\u01FFaaaaeeeeiiiioooorrrruuuusstt\u021D\u021Dhh\u019E\u0221\u0223\u0223\u0225\u0225aaeeooooooooyy\u0234\u0235\u0236\u0237\u0238\u0239\u2C65\u023C\u023C\u019A\u2C66\u023F\u0240\u0242\u0242\u0180\u0289\u028C\u0247\u0247\u0249\u0249\u024B\u024B\u024D\u024D\u024F\u024F";

    private static char[] BuildCyrillicTable()
    {
        var table = new char[0x100];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = FoldCyrillic(char.ToLowerInvariant((char)('\u0400' + i)));
        }

        return table;
    }

    private static char[] BuildLatinTable()
    {
        var table = new char[0x250];
        for (var i = 0; i < table.Length; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                '\'' or '`' or '\u00B4' => '\0',
                >= '\u00C0' => LatinFromC0[i - 0xC0],
                _ => char.ToLowerInvariant(c),
            };
        }

        return table;
    }
}
