using System.Globalization;
using Sitrep.Core.Contract;

namespace Sitrep.Web.Reader;

/// <summary>Collects the evidence spans of an extraction and cuts the text into runs that nest or overlap freely.</summary>
internal static class Highlighter
{
    public static List<Highlight> Collect(ExtractOutput output)
    {
        var list = new List<Highlight>();
        foreach (var p in output.Places)
        {
            list.Add(new(p.Start, p.End, HighlightKind.Place, $"place: {p.Name}, {p.Country}{(p.Detail is null ? "" : $" ({p.Detail})")}"));
        }

        foreach (var t in output.Times)
        {
            list.Add(new(t.Start, t.End, HighlightKind.Time, $"time: {Range(t.From, t.To)} ({t.Precision})"));
        }

        foreach (var q in output.Quantities)
        {
            list.Add(new(q.Start, q.End, HighlightKind.Quantity, $"quantity: {Amount(q)} {q.Unit}{(q.Side is null ? "" : $", side {q.Side}")}"));
        }

        foreach (var a in output.Attributions)
        {
            var via = a.Via.Count == 0 ? "" : $" via {string.Join(" → ", a.Via)}";
            list.Add(new(a.Start, a.End, HighlightKind.Attribution, $"source: {a.Speaker} ({a.SpeakerType}){via}"));
        }

        foreach (var c in output.Claims)
        {
            list.Add(new(c.Start, c.End, HighlightKind.Claim, $"claim: {c.Claimant} {c.Stance} {c.Kind}{(c.Place is null ? "" : $" of {c.Place.Name}")}"));
        }

        foreach (var e in output.Events)
        {
            foreach (var span in e.Evidence)
            {
                list.Add(new(span.Start, span.End, HighlightKind.Event, $"event: {e.Type} / {e.Subtype}{(e.Location is null ? "" : $" at {e.Location.Name}")}"));
            }
        }

        return list;
    }

    /// <summary>Cuts [0, length) at every span boundary; each run lists the highlights that cover it.</summary>
    public static List<Segment> Segments(int length, IReadOnlyList<Highlight> highlights)
    {
        var valid = highlights.Where(h => h.Start >= 0 && h.End <= length && h.Start < h.End).ToList();
        var cuts = new SortedSet<int> { 0, length };
        foreach (var h in valid)
        {
            cuts.Add(h.Start);
            cuts.Add(h.End);
        }

        var segments = new List<Segment>(cuts.Count);
        var previous = -1;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                var (start, end) = (previous, cut);
                segments.Add(new(start, end, valid.Where(h => h.Start <= start && h.End >= end).ToList()));
            }

            previous = cut;
        }

        return segments;
    }

    internal static string Range(string? from, string? to) => (from, to) switch
    {
        (null, null) => "unresolved",
        (null, _) => $"until {to}",
        (_, null) => from,
        _ when from == to => from,
        _ => $"{from} – {to}",
    };

    private static string Amount(QuantityDto q) =>
        q.Value is { } v ? v.ToString(CultureInfo.InvariantCulture)
        : q.Low is { } low && q.High is { } high ? $"{low.ToString(CultureInfo.InvariantCulture)}–{high.ToString(CultureInfo.InvariantCulture)}"
        : "?";
}
