using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Extraction.Places;

namespace Sitrep.Benchmarks.Corpus;

/// <summary>
/// A corpus with the density of real reporting: each document (300-800 words) is assembled from the paragraphs of
/// sample reports of one genre and language (wire reports, daily summaries, unit posts, local and official
/// statements, analysis, non-war stories; mostly English, some Ukrainian and Russian), with their towns replaced by
/// places from the whole front, published over seven months; about one document in eight republishes an earlier
/// story under another outlet (the same events, which should reconcile).
/// </summary>
internal static partial class RealisticCorpus
{
    private const double RepublishedShare = 0.12;
    private static readonly DateOnly FirstDay = new(2025, 5, 1);
    private const int Days = 210;

    private static readonly string[] EnglishOutlets =
        ["Meridian Wire", "Frontline Daily", "Oblast News", "Kyiv Dispatch", "Baltic Herald", "Steppe Monitor", "Eastern Courier", "Harbour News"];

    private static readonly string[] UkrainianOutlets = ["Вісті Слобожанщини", "Південний кур'єр", "Степовий вісник"];

    private static readonly string[] RussianOutlets = ["Северный вестник", "Вечерние новости", "Донская сводка"];

    private static readonly (Genre Genre, int Weight)[] EnglishGenres =
        [(Genre.Wire, 35), (Genre.Local, 20), (Genre.Analysis, 18), (Genre.NonWar, 12), (Genre.DailySummary, 8), (Genre.UnitPost, 7)];

    private static readonly (Genre Genre, int Weight)[] CyrillicGenres = [(Genre.Local, 45), (Genre.DailySummary, 30), (Genre.UnitPost, 25)];

    public static void Write(string path, int count, string specsDirectory, int seed = 2025)
    {
        var templates = SampleTemplate.Load(specsDirectory);
        var english = FrontPlaces.English(Gazetteer.Default);
        var random = new Random(seed);
        var recent = new Queue<Record>();
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        for (var i = 0; i < count; i++)
        {
            var id = "gen-" + i.ToString(CultureInfo.InvariantCulture);
            var record = recent.Count > 8 && random.NextDouble() < RepublishedShare
                ? Republish(random, recent.ElementAt(random.Next(recent.Count)), id)
                : Compose(random, templates, english, id, FirstDay.AddDays(Math.Clamp((int)((long)i * Days / count) + random.Next(-1, 2), 0, Days)));
            if (!record.Republished)
            {
                recent.Enqueue(record);
                if (recent.Count > 64)
                {
                    recent.Dequeue();
                }
            }

            writer.Write(JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = record.Id,
                ["url"] = $"https://news.example.org/{record.Published:yyyy/MM/dd}/{record.Id}",
                ["outlet"] = record.Outlet,
                ["published"] = record.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["language"] = record.Language,
                ["title"] = record.Title,
                ["text"] = record.Text,
            }));
            writer.Write('\n');
        }
    }

    private static Record Compose(Random random, List<SampleTemplate> templates, IReadOnlyList<string> english, string id, DateOnly published)
    {
        var roll = random.NextDouble();
        var language = roll < 0.75 ? "en" : roll < 0.90 ? "uk" : "ru";
        var genre = Pick(random, language == "en" ? EnglishGenres : CyrillicGenres);
        var same = templates.Where(t => t.Language == language && t.Genre == genre).ToList();
        var filler = genre == Genre.NonWar ? same : [.. templates.Where(t => t.Language == language && t.Genre != Genre.NonWar)];
        var places = FrontPlaces.For(language, english);
        var outlets = language switch { "uk" => UkrainianOutlets, "ru" => RussianOutlets, _ => EnglishOutlets };
        var main = places[random.Next(places.Count)];
        var target = random.Next(300, 801);
        var paragraphs = new List<string>();
        var words = 0;
        var full = false;
        var first = same[random.Next(same.Count)];
        var template = first;
        for (var skip = 0; words < target && !full; template = random.NextDouble() < 0.7 ? same[random.Next(same.Count)] : filler[random.Next(filler.Count)], skip = 1)
        {
            var slots = new string[template.Slots];
            for (var s = 0; s < slots.Length; s++)
            {
                slots[s] = s == 0 ? main : places[random.Next(places.Count)];
            }

            foreach (var paragraph in template.Paragraphs.Skip(skip))
            {
                var filled = string.Format(CultureInfo.InvariantCulture, paragraph, slots);
                var n = filled.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
                if (words >= 300 && words + n > 800)
                {
                    full = true;
                    break;
                }

                paragraphs.Add(filled);
                words += n;
                if (words >= target)
                {
                    break;
                }
            }
        }

        var outlet = first.Outlet is { } o && random.NextDouble() < 0.5 ? o : outlets[random.Next(outlets.Length)];
        paragraphs[0] = Dateline().Replace(paragraphs[0], m => string.Create(CultureInfo.InvariantCulture, $"{m.Groups[1].Value}, {published:MMM d} ({outlet}) - "), 1);
        var title = paragraphs[0].Split('\n')[0];
        return new Record(id, outlet, published, language, title.Length > 120 ? title[..120] : title, string.Join("\n\n", paragraphs), false);
    }

    private static Record Republish(Random random, Record original, string id)
    {
        var outlets = original.Language switch { "uk" => UkrainianOutlets, "ru" => RussianOutlets, _ => EnglishOutlets };
        var outlet = outlets.Where(o => o != original.Outlet).ElementAt(random.Next(outlets.Length - 1));
        var paragraphs = original.Text.Split("\n\n").ToList();
        if (paragraphs.Count > 4)
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
        }

        if (original.Language == "en")
        {
            paragraphs.Insert(1, $"This report was first published by {original.Outlet}.");
        }

        return original with { Id = id, Outlet = outlet, Published = original.Published.AddDays(random.Next(0, 2)), Text = string.Join("\n\n", paragraphs), Republished = true };
    }

    private static Genre Pick(Random random, (Genre Genre, int Weight)[] weights)
    {
        var roll = random.Next(weights.Sum(w => w.Weight));
        foreach (var (genre, weight) in weights)
        {
            if ((roll -= weight) < 0)
            {
                return genre;
            }
        }

        return weights[0].Genre;
    }

    [GeneratedRegex(@"^([A-Z][A-Z ]+(?:, Ukraine)?), [A-Z][a-z]{2} \d{1,2} \([^)]+\) - ")]
    private static partial Regex Dateline();

    private sealed record Record(string Id, string Outlet, DateOnly Published, string Language, string Title, string Text, bool Republished);
}
