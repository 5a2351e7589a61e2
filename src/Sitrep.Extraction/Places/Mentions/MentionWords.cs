using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Mentions;

/// <summary>
/// Word access around a mention, within its sentence. The word lists of the mention rules
/// (<see cref="MentionLists.Table"/>) are read once per token, on the first question about it, into a mask of the
/// lists it matches; later questions about the token are bit tests. The masks are this thread's, reused from
/// document to document: an instance is valid until the next one is made on the thread.
/// </summary>
internal sealed class MentionWords
{
    /// <summary>Set in a token's mask once it is read.</summary>
    private const ulong Read = 1UL << 63;

    [ThreadStatic]
    private static ulong[]? t_masks;

    private readonly string text;
    private readonly List<Token> tokens;
    private readonly ulong[] _masks;

    public MentionWords(string text, List<Token> tokens)
    {
        this.text = text;
        this.tokens = tokens;
        var masks = t_masks;
        if (masks is null || masks.Length < tokens.Count)
        {
            masks = t_masks = new ulong[Math.Max(tokens.Count, 256)];
        }

        _masks = masks;
        _masks.AsSpan(0, tokens.Count).Clear();
    }

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

    /// <summary>Whether the word at <paramref name="index"/> (same sentence as <paramref name="anchor"/>) is one of <paramref name="list"/>:
    /// the same answer as <see cref="WordList.Matches"/> of its text, read from the token's mask.</summary>
    public bool WordIs(int index, int anchor, WordList list)
    {
        if (!IsWord(index) || !SameSentence(index, anchor))
        {
            return false;
        }

        if (list.Bit == 0)
        {
            return list.Matches(Word(index));
        }

        var mask = _masks[index];
        if (mask == 0)
        {
            mask = MentionLists.Table.MaskOf(Word(index)) | Read;
            _masks[index] = mask;
        }

        return (mask & list.Bit) != 0;
    }

    /// <summary>Whether the token is punctuation made of one of <paramref name="chars"/>.</summary>
    public bool PunctIs(int index, string chars) =>
        index >= 0 && index < tokens.Count && tokens[index].Kind == TokenKind.Punctuation
        && tokens[index].Span.Length == 1 && chars.Contains(text[tokens[index].Start], StringComparison.Ordinal);

    /// <summary>Whether the token between two names of a list joins them: a comma or "and", "or", "та", "і", "й", "и", "или", "або".</summary>
    public bool IsListJoin(int index) =>
        PunctIs(index, ",") || WordIs(index, index, MentionLists.ListJoins);
}
