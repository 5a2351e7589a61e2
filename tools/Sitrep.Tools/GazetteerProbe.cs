using System.Diagnostics;
using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Text;

namespace Sitrep.Tools;

/// <summary><c>gazetteer probe TEXT</c>: runs the places stage on a text and prints what it found, for reviewing data changes.</summary>
internal static class GazetteerProbe
{
    public static int Run(IEnumerable<string> texts)
    {
        var watch = Stopwatch.StartNew();
        var gazetteer = Gazetteer.Default;
        Console.WriteLine($"loaded {gazetteer.Count} places, {gazetteer.KeyCount} keys in {watch.ElapsedMilliseconds} ms");
        foreach (var text in texts)
        {
            var doc = new Document(text, new DocumentMetadata());
            new TextStage().Process(doc, CancellationToken.None);
            new PlacesStage().Process(doc, CancellationToken.None);
            Console.WriteLine(text);
            foreach (var p in doc.Places)
            {
                Console.WriteLine($"  [{p.Span.Start}..{p.Span.End}) \"{p.Text}\" -> {p.Name} ({p.GeonameId}, {p.FeatureCode}, {p.Country}, {p.Admin1}) {p.Lat},{p.Lon} role={p.Role} detail={p.Detail} conf={p.Confidence}");
            }
        }

        return 0;
    }
}
