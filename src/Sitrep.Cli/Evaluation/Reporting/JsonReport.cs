using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Cli.Evaluation.Scoring;

namespace Sitrep.Cli.Evaluation.Reporting;

/// <summary>
/// The reports as one JSON object: <c>{ corpora: [ { corpus, description, notes, fields, byLanguage, misses } ],
/// skipped: [ "why a corpus was not scored" ], floorsMissed: [ { corpus, field, value, floor } ] }</c>; a field row has <c>field, kind ("prf" | "share"),
/// attempted, gold, predicted, matched, precision, recall, f1</c> or <c>share</c>.
/// </summary>
public static class JsonReport
{
    public static string Write(IReadOnlyList<CorpusReport> reports, IReadOnlyList<FloorMiss> floorMisses, int misses, IReadOnlyList<string>? skipped = null)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteStartArray("corpora");
            foreach (var r in reports)
            {
                WriteCorpus(w, r, misses);
            }

            w.WriteEndArray();
            w.WriteStartArray("skipped");
            foreach (var s in skipped ?? [])
            {
                w.WriteStringValue(s);
            }

            w.WriteEndArray();
            w.WriteStartArray("floorsMissed");
            foreach (var m in floorMisses)
            {
                w.WriteStartObject();
                w.WriteString("corpus", m.Corpus);
                w.WriteString("field", m.Field);
                w.WriteNumber("value", Math.Round(m.Value, 4));
                w.WriteNumber("floor", m.Floor);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteCorpus(Utf8JsonWriter w, CorpusReport r, int misses)
    {
        w.WriteStartObject();
        w.WriteString("corpus", r.Corpus);
        w.WriteString("description", r.Description);
        w.WriteStartArray("notes");
        foreach (var n in r.Notes)
        {
            w.WriteStringValue(n);
        }

        w.WriteEndArray();
        WriteRows(w, "fields", r.Fields);
        w.WriteStartObject("byLanguage");
        foreach (var (language, rows) in r.ByLanguage)
        {
            WriteRows(w, language, rows);
        }

        w.WriteEndObject();
        if (r.ByPeriod is not null)
        {
            w.WriteStartObject("byPeriod");
            foreach (var (period, rows) in r.ByPeriod)
            {
                WriteRows(w, period, rows);
            }

            w.WriteEndObject();
        }

        w.WriteNumber("missCount", r.Misses.Count);
        w.WriteStartArray("misses");
        foreach (var m in r.FirstMisses(misses))
        {
            w.WriteStartObject();
            w.WriteString("document", m.Document);
            w.WriteString("field", m.Field);
            w.WriteString("gold", m.Gold);
            w.WriteString("predicted", m.Predicted);
            w.WriteString("text", m.Snippet);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteRows(Utf8JsonWriter w, string name, IReadOnlyList<FieldScore> rows)
    {
        w.WriteStartArray(name);
        foreach (var f in rows)
        {
            w.WriteStartObject();
            w.WriteString("field", f.Field);
            w.WriteString("kind", f.IsShare ? "share" : "prf");
            w.WriteBoolean("attempted", f.Attempted);
            w.WriteNumber("gold", f.Gold);
            if (f.IsShare)
            {
                w.WriteNumber("matched", f.Matched);
                w.WriteNumber("share", Math.Round(f.Share, 4));
            }
            else
            {
                w.WriteNumber("predicted", f.Predicted);
                w.WriteNumber("matched", f.Matched);
                w.WriteNumber("precision", Math.Round(f.Precision, 4));
                w.WriteNumber("recall", Math.Round(f.Recall, 4));
                w.WriteNumber("f1", Math.Round(f.F1, 4));
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
