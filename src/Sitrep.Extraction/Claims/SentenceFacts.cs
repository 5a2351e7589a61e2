using Sitrep.Core.Documents;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// Facts of one sentence's text that claims and events ask about again and again (for each claim, and for each
/// sentence a search for the story's place passes over), worked out once per sentence of the document. Kept for the
/// last document of the thread: the stages of one document run one after another on one thread, and a document's
/// text and sentences do not change once split.
/// </summary>
internal static class SentenceFacts
{
    public const int Direction = 0;
    public const int FrontWide = 1;
    public const int ForcesGroup = 2;

    [ThreadStatic]
    private static Document? t_document;

    [ThreadStatic]
    private static byte[]? t_facts;

    /// <summary>The fact <paramref name="fact"/> of sentence <paramref name="s"/>, computed by <paramref name="compute"/> the first time it is asked.</summary>
    public static bool Get(Document document, int s, int fact, Func<Document, int, bool> compute)
    {
        var facts = t_facts;
        if (!ReferenceEquals(t_document, document) || facts is null || facts.Length != document.Sentences.Count)
        {
            t_document = document;
            t_facts = facts = new byte[document.Sentences.Count];
        }

        if ((uint)s >= (uint)facts.Length)
        {
            return compute(document, s);
        }

        var known = 1 << (2 * fact);
        if ((facts[s] & known) == 0)
        {
            facts[s] |= (byte)(known | (compute(document, s) ? known << 1 : 0));
        }

        return (facts[s] & (known << 1)) != 0;
    }
}
