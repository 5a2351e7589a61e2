namespace Sitrep.Core.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
}
