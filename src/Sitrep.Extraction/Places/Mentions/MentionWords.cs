using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Mentions;

/// <summary>Word access around a mention, within its sentence.</summary>
internal sealed class MentionWords(string text, List<Token> tokens)
{
    public string Text => text;

    public int Count => tokens.Count;

    public Token this[int index] => tokens[index];

    public ReadOnlySpan<char> Word(int index) => tokens[index].Span.Slice(text);

    public bool IsWord(int index) => index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Word;

    public bool SameSentence(int a, int b) =>
        a >= 0 && b >= 0 && a < tokens.Count && b < tokens.Count && tokens[a].SentenceIndex == tokens[b].SentenceIndex;

    /// <summary>Whether the word at <paramref name="index"/> (same sentence as <paramref name="anchor"/>) is one of <paramref name="options"/>.</summary>
    public bool WordIs(int index, int anchor, params ReadOnlySpan<string> options)
    {
        if (!IsWord(index) || !SameSentence(index, anchor))
        {
            return false;
        }

        var w = Word(index);
        foreach (var o in options)
        {
            if (o.EndsWith('*') ? w.StartsWith(o.AsSpan(0, o.Length - 1), StringComparison.OrdinalIgnoreCase) : w.Equals(o, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the token is punctuation made of one of <paramref name="chars"/>.</summary>
    public bool PunctIs(int index, string chars) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Punctuation
        && tokens[index].Span.Length == 1 && chars.Contains(text[tokens[index].Start], StringComparison.Ordinal);

    /// <summary>Whether the token between two names of a list joins them: a comma or "and", "or", "та", "і", "й", "и", "или", "або".</summary>
    public bool IsListJoin(int index) =>
        PunctIs(index, ",") || WordIs(index, index, "and", "or", "та", "і", "й", "и", "или", "або", "чи");
}
