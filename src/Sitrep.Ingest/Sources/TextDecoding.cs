using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Turns bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, a declared charset, or, for bytes that are not
/// UTF-8, windows-1251 (Cyrillic) or windows-1252 by the shape of the high bytes. Never throws.
/// </summary>
internal static partial class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"(?:charset|encoding)\s*=\s*[""']?([A-Za-z0-9_\-]{3,20})", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();

    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return DecodeNonUtf8(bytes);
        }
    }

    private static string DecodeNonUtf8(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var declared = DeclaredCharset().Match(head);
        if (declared.Success && !declared.Groups[1].Value.StartsWith("utf", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                return Encoding.GetEncoding(declared.Groups[1].Value).GetString(bytes);
            }
            catch (ArgumentException)
            {
                // unknown charset name: fall through to the guess
            }
        }

        if (LooksLikeBrokenUtf8(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        return Encoding.GetEncoding(LooksCyrillic(bytes) ? 1251 : 1252).GetString(bytes);
    }

    /// <summary>Mostly valid multi-byte UTF-8 with a few bad bytes: decode with replacement characters.</summary>
    private static bool LooksLikeBrokenUtf8(ReadOnlySpan<byte> bytes)
    {
        int valid = 0, invalid = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                continue;
            }

            var len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0;
            var ok = len > 0 && i + len <= bytes.Length;
            for (var k = 1; ok && k < len; k++)
            {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }

            if (ok)
            {
                valid++;
                i += len - 1;
            }
            else
            {
                invalid++;
            }
        }

        return valid > invalid;
    }

    /// <summary>In windows-1251 Cyrillic letters fill 0xC0-0xFF; Western text uses few high bytes.</summary>
    private static bool LooksCyrillic(ReadOnlySpan<byte> bytes)
    {
        int high = 0, letters = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                high++;
                if (b >= 0xC0)
                {
                    letters++;
                }
            }
        }

        return high > 0 && letters >= high * 0.8 && high >= bytes.Length / 10;
    }
}
