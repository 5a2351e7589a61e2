using System.Globalization;
using Sitrep.Cli.Evaluation.Scoring;

namespace Sitrep.Cli.Evaluation.Reporting;

/// <summary>Prints a corpus report as a plain-text table (per language when there are several), then misses.</summary>
public static class TableReport
{
    public static void Write(TextWriter w, CorpusReport report, int misses)
    {
        w.WriteLine($"== {report.Corpus}: {report.Description}");
        foreach (var note in report.Notes)
        {
            w.WriteLine(note);
        }

        WriteTable(w, report.Fields);
        if (report.ByLanguage.Count > 1)
        {
            foreach (var (language, rows) in report.ByLanguage)
            {
                w.WriteLine();
                w.WriteLine($"language {language}:");
                WriteTable(w, [.. rows.Where(r => r.Gold > 0 || r.Predicted > 0)]);
            }
        }

        foreach (var (period, rows) in report.ByPeriod ?? new Dictionary<string, IReadOnlyList<FieldScore>>())
        {
            w.WriteLine();
            w.WriteLine($"period {period}:");
            WriteTable(w, rows);
        }

        var shown = report.FirstMisses(misses);
        if (shown.Count > 0)
        {
            w.WriteLine();
            w.WriteLine($"misses (up to {misses} per field, {shown.Count} of {report.Misses.Count}): document | field | gold | predicted | text");
            foreach (var m in shown)
            {
                w.WriteLine($"{m.Document} | {m.Field} | {m.Gold} | {m.Predicted} | {m.Snippet}");
            }
        }

        w.WriteLine();
    }

    public static void WriteTable(TextWriter w, IReadOnlyList<FieldScore> rows)
    {
        w.WriteLine($"{"field",-20} | {"gold",6} | {"predicted",9} | {"matched",7} | {"precision",9} | {"recall",6} | {"F1 / share",10}");
        foreach (var r in rows)
        {
            if (!r.Attempted)
            {
                w.WriteLine($"{r.Field,-20} | {r.Gold,6} | {"-",9} | {"-",7} | {"-",9} | {"-",6} | {"-",10}");
            }
            else if (r.IsShare)
            {
                w.WriteLine($"{r.Field,-20} | {r.Gold,6} | {"",9} | {r.Matched,7} | {"",9} | {"",6} | {Pct(r.Share, r.Gold) + " share",10}");
            }
            else
            {
                w.WriteLine($"{r.Field,-20} | {r.Gold,6} | {r.Predicted,9} | {r.Matched,7} | {Pct(r.Precision, r.Predicted),9} | {Pct(r.Recall, r.Gold),6} | {Pct(r.F1, r.Gold + r.Predicted),10}");
            }
        }
    }

    public static void WriteFloorMisses(TextWriter w, IReadOnlyList<FloorMiss> misses)
    {
        foreach (var m in misses)
        {
            w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"floor missed: {m.Corpus} {m.Field} {m.Value:0.000} < {m.Floor:0.000}"));
        }
    }

    private static string Pct(double share, int denominator) =>
        denominator == 0 ? "n/a" : (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
