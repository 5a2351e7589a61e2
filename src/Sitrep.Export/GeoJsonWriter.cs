using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Contract;

namespace Sitrep.Export;

/// <summary>Writes located events as a GeoJSON FeatureCollection of points (RFC 7946: longitude first).</summary>
public static class GeoJsonWriter
{
    public static void Write(Stream stream, IEnumerable<EventDto> events)
    {
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        foreach (var e in events)
        {
            if (e.Location is not { } loc)
            {
                continue;
            }

            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", e.Id);
            w.WriteStartObject("geometry");
            w.WriteString("type", "Point");
            w.WriteStartArray("coordinates");
            w.WriteNumberValue(loc.Lon);
            w.WriteNumberValue(loc.Lat);
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("type", e.Type);
            w.WriteString("subtype", e.Subtype);
            var codes = EventCodes.Of(e.Subtype, e.Trigger);
            w.WriteString("plover", EventCodes.PloverLabel(codes));
            w.WriteString("cameo", codes.Cameo);
            w.WriteString("from", e.From);
            w.WriteString("to", e.To);
            w.WriteString("location", loc.Name);
            w.WriteNumber("geonameId", loc.GeonameId);
            w.WriteString("country", loc.Country);
            w.WriteNumber("precision", loc.Precision);
            if (loc.Detail is not null)
            {
                w.WriteString("detail", loc.Detail);
            }

            if (e.Outcome is not null)
            {
                w.WriteString("outcome", e.Outcome);
            }

            w.WriteNumber("confidence", e.Confidence);
            WriteStrings(w, "actors", e.Actors.Select(a => a.Side is null ? a.Name : $"{a.Name} ({a.Side}, {a.Role})"));
            WriteStrings(w, "sources", e.Sources.Select(s => s.Name).Distinct());
            WriteStrings(w, "documents", e.Documents ?? []);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }
}
