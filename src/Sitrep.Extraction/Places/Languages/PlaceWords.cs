using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Languages;

/// <summary>
/// A document's words as the places rules ask about them: each word token is read once, on the first question
/// about it, into the mask of the cue lists it matches (<see cref="PlaceLexicon.Words"/>) and the sub-place detail it
/// names; every later question about the token (the cue before a name, the verb after it, the linkers and details
/// around it, the launch verb of its sentence) is a bit test. The tables are this thread's, reused from document to
/// document: an instance is valid until the next one is made on the thread.
/// </summary>
internal sealed class PlaceWords
{
    /// <summary>Set in a token's mask once it is read.</summary>
    private const ulong Read = 1UL << 63;

    [ThreadStatic]
    private static ulong[]? t_masks;

    [ThreadStatic]
    private static short[]? t_details;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly PlaceLexicon _lexicon;
    private readonly ulong[] _masks;

    /// <summary>Per token: 0 not read yet, 1 no detail, otherwise the detail's index + 2.</summary>
    private readonly short[] _details;

    public PlaceWords(string text, List<Token> tokens, PlaceLexicon lexicon)
    {
        _text = text;
        _tokens = tokens;
        _lexicon = lexicon;
        var masks = t_masks;
        if (masks is null || masks.Length < tokens.Count)
        {
            masks = t_masks = new ulong[Math.Max(tokens.Count, 256)];
            t_details = new short[masks.Length];
        }

        _masks = masks;
        _details = t_details!;
        _masks.AsSpan(0, tokens.Count).Clear();
        _details.AsSpan(0, tokens.Count).Clear();
    }

    public string Text => _text;

    /// <summary>Whether token <paramref name="token"/> (a word token) matches <paramref name="list"/>; the same answer as
    /// <c>list.Matches</c> of the token's text.</summary>
    public bool Is(int token, CueList list)
    {
        if (list.Bit == 0)
        {
            return list.Matches(_tokens[token].Span.Slice(_text));
        }

        var mask = _masks[token];
        if (mask == 0)
        {
            mask = _lexicon.Words.MaskOf(_tokens[token].Span.Slice(_text)) | Read;
            _masks[token] = mask;
        }

        return (mask & list.Bit) != 0;
    }

    /// <summary>The sub-place detail token <paramref name="token"/> names (<see cref="PlaceLexicon.DetailOf"/> of its text).</summary>
    public string? DetailOf(int token)
    {
        var d = _details[token];
        if (d == 0)
        {
            var index = _lexicon.DetailIndexOf(_tokens[token].Span.Slice(_text));
            d = (short)(index + 2);
            _details[token] = d;
        }

        return d == 1 ? null : _lexicon.DetailAt(d - 2);
    }
}
