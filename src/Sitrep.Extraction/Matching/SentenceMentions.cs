using System.Buffers;
using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// The mentions earlier stages produced, bucketed by the sentence their span starts in, so that later stages look
/// at one sentence's places, times, quantities and attributions without scanning the whole document each time.
/// Works for any input order; mentions outside every sentence are ignored.
/// </summary>
internal sealed class SentenceMentions
{
    private static readonly List<PlaceMention> NoPlaces = [];
    private static readonly List<TimeMention> NoTimes = [];
    private static readonly List<QuantityMention> NoQuantities = [];
    private static readonly List<Core.Model.Attribution> NoAttributions = [];
    private readonly Document _document;
    private readonly List<PlaceMention>?[] _places;
    private readonly List<TimeMention>?[] _times;
    private readonly List<QuantityMention>?[] _quantities;
    private readonly List<Core.Model.Attribution>?[] _attributions;

    public SentenceMentions(Document document)
    {
        _document = document;
        var n = document.Sentences.Count;
        _places = Bucket(document, document.Places, p => p.Span, n);
        _times = Bucket(document, document.Times, t => t.Span, n);
        _quantities = Bucket(document, document.Quantities, q => q.Span, n);
        _attributions = Bucket(document, document.Attributions, a => a.Span, n);
    }

    private SentenceMentions(Document document, SentenceMentions others)
    {
        _document = document;
        _places = Bucket(document, document.Places, p => p.Span, document.Sentences.Count);
        _times = others._times;
        _quantities = others._quantities;
        _attributions = others._attributions;
    }

    /// <summary>
    /// These mentions with the places <paramref name="document"/> (the same document, its other lists unchanged) has
    /// now: the times, quantities and attributions are shared, not bucketed again.
    /// </summary>
    public SentenceMentions WithPlacesOf(Document document) => new(document, this);

    public List<PlaceMention> Places(int sentence) => Get(_places, sentence) ?? NoPlaces;

    public List<TimeMention> Times(int sentence) => Get(_times, sentence) ?? NoTimes;

    public List<QuantityMention> Quantities(int sentence) => Get(_quantities, sentence) ?? NoQuantities;

    public List<Core.Model.Attribution> Attributions(int sentence) => Get(_attributions, sentence) ?? NoAttributions;

    /// <summary>Whether a place mention other than a metonymy or a name part covers part of <paramref name="span"/>.</summary>
    public bool IsPlace(TextSpan span)
    {
        var s = _document.SentenceIndexAt(span.Start);
        return s >= 0 && Places(s).Exists(span, static (p, span) => p.Span.Overlaps(span) && p.Role is not (PlaceRole.Metonymy or PlaceRole.Name));
    }

    private static T? Get<T>(T?[] buckets, int sentence) where T : class =>
        sentence >= 0 && sentence < buckets.Length ? buckets[sentence] : null;

    private static List<T>?[] Bucket<T>(Document document, List<T> items, Func<T, TextSpan> spanOf, int count)
    {
        var buckets = new List<T>?[count];
        if (items.Count == 0)
        {
            return buckets;
        }

        // each item's sentence first, so that each sentence's list is made at its final size
        var sentenceOf = ArrayPool<int>.Shared.Rent(items.Count);
        var sizes = ArrayPool<int>.Shared.Rent(count);
        sizes.AsSpan(0, count).Clear();
        for (var i = 0; i < items.Count; i++)
        {
            var s = sentenceOf[i] = document.SentenceIndexAt(spanOf(items[i]).Start);
            if (s >= 0)
            {
                sizes[s]++;
            }
        }

        for (var i = 0; i < items.Count; i++)
        {
            var s = sentenceOf[i];
            if (s >= 0)
            {
                (buckets[s] ??= new List<T>(sizes[s])).Add(items[i]);
            }
        }

        ArrayPool<int>.Shared.Return(sentenceOf);
        ArrayPool<int>.Shared.Return(sizes);
        Comparison<T> byStart = (a, b) => spanOf(a).Start.CompareTo(spanOf(b).Start);
        foreach (var bucket in buckets)
        {
            bucket?.Sort(byStart);
        }

        return buckets;
    }
}
