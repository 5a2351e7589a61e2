using Sitrep.Core.Documents;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Events.Languages;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// What the claims and the events stage both read of a document and neither changes: whether the document is off
/// topic, the actor whose own channel it is, and its times, quantities and attributions bucketed by sentence. The
/// claims stage works them out, the events stage reads them again instead of scanning the document a second time.
/// One per thread, for the document last asked about; it is made again when the document or the lists it was made
/// from differ (another pipeline, a test that runs one stage). The places are not shared: the claims read a city
/// district's mention as its city's, the events keep the district.
/// </summary>
internal sealed class SharedReadings
{
    [ThreadStatic]
    private static SharedReadings? t_last;

    private readonly Document _document;
    private readonly int _tokens;
    private readonly int _times;
    private readonly int _quantities;
    private readonly int _attributions;
    private bool? _offTopic;
    private bool _channelRead;
    private Claimant? _channel;
    private SentenceMentions? _mentions;

    private SharedReadings(Document document)
    {
        _document = document;
        _tokens = document.Tokens.Count;
        _times = document.Times.Count;
        _quantities = document.Quantities.Count;
        _attributions = document.Attributions.Count;
    }

    /// <summary>The readings of <paramref name="document"/> on this thread.</summary>
    public static SharedReadings Of(Document document)
    {
        var last = t_last;
        if (last is not null && last.Fits(document))
        {
            return last;
        }

        return t_last = new SharedReadings(document);
    }

    /// <summary>Lets go of the document read last on this thread (its last reader is done with it).</summary>
    public static void Release(Document document)
    {
        if (t_last is { } last && ReferenceEquals(last._document, document))
        {
            t_last = null;
        }
    }

    /// <summary>A match report or a market story (<see cref="EventLexicon.IsOffTopic"/> of the default lexicon).</summary>
    public bool OffTopic => _offTopic ??= EventLexicon.Default.IsOffTopic(
        _document.Text, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_document.Tokens));

    /// <summary>The claimant whose own channel the document is (<see cref="ClaimsStage.OwnChannel"/>).</summary>
    public Claimant? OwnChannel
    {
        get
        {
            if (!_channelRead)
            {
                _channel = ClaimsStage.OwnChannel(_document);
                _channelRead = true;
            }

            return _channel;
        }
    }

    /// <summary>The document's mentions by sentence, with its places as they are now (the rest as they were first read).</summary>
    public SentenceMentions Mentions()
    {
        if (_mentions is null)
        {
            _mentions = new SentenceMentions(_document);
            return _mentions;
        }

        return _mentions.WithPlacesOf(_document);
    }

    private bool Fits(Document document) =>
        ReferenceEquals(_document, document) && _tokens == document.Tokens.Count && _times == document.Times.Count
        && _quantities == document.Quantities.Count && _attributions == document.Attributions.Count;
}
