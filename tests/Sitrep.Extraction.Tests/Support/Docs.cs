using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Support;

/// <summary>Builds documents by hand: text split into sentences and tokens, mentions added at the spans of given words.</summary>
internal static class Docs
{
    public static Document Text(string text, string? outlet = null, DateOnly? published = null, string? medium = null)
    {
        var doc = new Document(text, new DocumentMetadata { Outlet = outlet, Published = published, Medium = medium });
        new TextStage().Process(doc, CancellationToken.None);
        return doc;
    }

    public static Document Attributed(string text, string? outlet = null, DateOnly? published = null)
    {
        var doc = Text(text, outlet, published);
        new AttributionStage().Process(doc, CancellationToken.None);
        return doc;
    }

    public static TextSpan SpanOf(Document doc, string words, int occurrence = 0)
    {
        var at = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            at = doc.Text.IndexOf(words, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{words}' not in text");
        }

        return new TextSpan(at, at + words.Length);
    }

    public static PlaceMention Place(Document doc, string words, long geonameId, string name, string country = "UA", string? featureCode = "PPL", string? detail = null, PlaceRole role = PlaceRole.Location, int occurrence = 0)
    {
        var span = SpanOf(doc, words, occurrence);
        var place = new PlaceMention
        {
            Span = span,
            Text = doc.Slice(span),
            GeonameId = geonameId,
            Name = name,
            Country = country,
            Lat = 48.28,
            Lon = 37.18,
            FeatureCode = featureCode,
            Detail = detail,
            Role = role,
        };
        doc.Places.Add(place);
        return place;
    }

    public static TimeMention Time(Document doc, string words, DateOnly from, DateOnly to, TimePrecision precision = TimePrecision.Day, int occurrence = 0)
    {
        var span = SpanOf(doc, words, occurrence);
        var time = new TimeMention { Span = span, Text = doc.Slice(span), From = from, To = to, Precision = precision };
        doc.Times.Add(time);
        return time;
    }

    public static QuantityMention Quantity(Document doc, string words, double value, string unit, string? side = null)
    {
        var span = SpanOf(doc, words);
        var q = new QuantityMention { Span = span, Text = doc.Slice(span), Value = value, Unit = unit, Side = side };
        doc.Quantities.Add(q);
        return q;
    }

    /// <summary>Keeps the mention lists sorted by position, as the real stages emit them.</summary>
    public static Document Sorted(Document doc)
    {
        doc.Places.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        doc.Times.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        doc.Quantities.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return doc;
    }

    /// <summary>Runs the given stages, in order, over a hand-built document (its mention lists sorted first).</summary>
    public static Document Through(Document doc, params IStage[] stages)
    {
        Sorted(doc);
        foreach (var stage in stages)
        {
            stage.Process(doc, CancellationToken.None);
        }

        return doc;
    }

    /// <summary>The claims of a hand-built document: attribution, then claims.</summary>
    public static List<Claim> ClaimsOf(Document doc) => Through(doc, new AttributionStage(), new Sitrep.Extraction.Claims.ClaimsStage()).Claims;

    /// <summary>The events of a hand-built document: attribution, claims, then events.</summary>
    public static List<ConflictEvent> EventsOf(Document doc) =>
        Through(doc, new AttributionStage(), new Sitrep.Extraction.Claims.ClaimsStage(), new Sitrep.Extraction.Events.EventsStage()).Events;

    /// <summary>A story run through the whole default pipeline, as `sitrep extract` runs it: published on the given ISO
    /// date by the given outlet ("Test Wire" unless told), under an optional title.</summary>
    public static Document Processed(string text, string published, string? title = null, string outlet = "Test Wire") =>
        Processed(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), title, outlet);

    /// <inheritdoc cref="Processed(string, string, string?, string)"/>
    public static Document Processed(string text, DateOnly published, string? title = null, string outlet = "Test Wire") =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = outlet, Title = title, Published = published }));

    /// <summary>Whether the statement <paramref name="a"/> of <paramref name="doc"/> covers the words <paramref name="words"/>.</summary>
    public static bool Covers(Document doc, Sitrep.Core.Model.Attribution a, string words) => doc.Slice(a.Span).Contains(words, StringComparison.Ordinal);
}
