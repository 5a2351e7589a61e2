using System.Text.Json;

namespace Sitrep.Storage.Relational;

/// <summary>
/// Where each item of a report's lists (actors, figures, sources, evidence) sits in the report's stored JSON: the
/// compact JSON of an item inside the report's JSON is the compact JSON of the item on its own (same writer options,
/// no indentation), so an event's merge state (<see cref="EventJsonState"/>) copies those bytes instead of serialising
/// each item again on the writing thread. Found where the document is prepared (the extracting threads).
/// </summary>
internal sealed class ReportItems
{
    private static readonly Range[] None = [];

    public Range[] Actors { get; private set; } = None;

    public Range[] Quantities { get; private set; } = None;

    public Range[] Sources { get; private set; } = None;

    public Range[] Evidence { get; private set; } = None;

    /// <summary>The items of the top-level arrays of <paramref name="json"/> (an event's compact JSON).</summary>
    public static ReportItems Of(ReadOnlySpan<byte> json)
    {
        var items = new ReportItems();
        var reader = new Utf8JsonReader(json);
        var found = new List<Range>();
        while (reader.Read())
        {
            if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1)
            {
                continue;
            }

            var list = reader.ValueTextEquals("actors"u8) ? 0
                : reader.ValueTextEquals("quantities"u8) ? 1
                : reader.ValueTextEquals("sources"u8) ? 2
                : reader.ValueTextEquals("evidence"u8) ? 3
                : -1;
            if (list < 0 || !reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                continue;
            }

            found.Clear();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                found.Add(start..((int)reader.TokenStartIndex + 1));
            }

            var ranges = found.Count == 0 ? None : found.ToArray();
            switch (list)
            {
                case 0: items.Actors = ranges; break;
                case 1: items.Quantities = ranges; break;
                case 2: items.Sources = ranges; break;
                default: items.Evidence = ranges; break;
            }
        }

        return items;
    }
}
