using System.Text;
using System.Text.Json;

namespace Sitrep.Benchmarks.Corpus;

/// <summary>The kind of report a sample is, which decides what a generated document is assembled from.</summary>
internal enum Genre
{
    Wire,
    DailySummary,
    UnitPost,
    Local,
    Analysis,
    NonWar,
}

/// <summary>One sample report split into paragraphs, with each mention of a Ukrainian town replaced by a slot
/// <c>{0}</c>, <c>{1}</c>... (one slot per distinct name), so a generated document can put other places there.</summary>
internal sealed record SampleTemplate(string Name, Genre Genre, string Language, string? Outlet, IReadOnlyList<string> Paragraphs, int Slots)
{
    /// <summary>Loads the single-document samples from their expected extraction (the text as read, and the place
    /// mentions with their spans).</summary>
    public static List<SampleTemplate> Load(string specsDirectory)
    {
        var templates = new List<SampleTemplate>();
        foreach (var file in Directory.GetFiles(specsDirectory, "*.expected.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(file);
            if (GenreOf(name) is not { } genre)
            {
                continue;
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            if (json.RootElement.GetArrayLength() != 1)
            {
                continue;
            }

            var result = json.RootElement[0];
            var document = result.GetProperty("document");
            var text = document.GetProperty("text").GetString()!.Replace('{', '(').Replace('}', ')');
            var (templated, slots) = Slot(text, result.GetProperty("places"));
            var paragraphs = templated.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var outlet = document.TryGetProperty("outlet", out var o) && o.ValueKind == JsonValueKind.String ? o.GetString() : null;
            templates.Add(new SampleTemplate(name, genre, document.GetProperty("language").GetString() ?? "en", outlet, paragraphs, slots));
        }

        return templates;
    }

    private static (string Text, int Slots) Slot(string text, JsonElement places)
    {
        var slots = new Dictionary<string, int>(StringComparer.Ordinal);
        var sb = new StringBuilder(text.Length);
        var at = 0;
        foreach (var place in places.EnumerateArray().OrderBy(p => p.GetProperty("start").GetInt32()))
        {
            var start = place.GetProperty("start").GetInt32();
            var end = place.GetProperty("end").GetInt32();
            var feature = place.TryGetProperty("featureCode", out var f) ? f.GetString() ?? "" : "";
            var country = place.TryGetProperty("country", out var c) ? c.GetString() : null;
            if (start < at || country != "UA" || !feature.StartsWith("PPL", StringComparison.Ordinal) || feature == "PPLC")
            {
                continue;
            }

            var key = place.GetProperty("name").GetString()!;
            if (!slots.TryGetValue(key, out var slot))
            {
                slots[key] = slot = slots.Count;
            }

            sb.Append(text, at, start - at).Append('{').Append(slot).Append('}');
            at = end;
        }

        sb.Append(text, at, text.Length - at);
        return (sb.ToString(), slots.Count);
    }

    private static Genre? GenreOf(string file) => file[..2] switch
    {
        "01" or "02" or "07" or "12" or "13" or "18" or "19" or "20" or "21" or "35" or "36" => Genre.Wire,
        "03" or "04" or "24" or "27" => Genre.DailySummary,
        "17" or "26" or "30" => Genre.UnitPost,
        "05" or "10" or "11" or "23" or "25" or "28" or "29" => Genre.Local,
        "06" or "08" or "09" or "14" or "16" => Genre.Analysis,
        "15" or "22" => Genre.NonWar,
        _ => null,
    };
}
