using Sitrep.Core.Text;

namespace Sitrep.Extraction.Matching;

internal static class TokenExtensions
{
    public static int Length(this Token token) => token.End - token.Start;

    public static ReadOnlySpan<char> Chars(this Token token, string text) => text.AsSpan(token.Start, token.End - token.Start);
}
