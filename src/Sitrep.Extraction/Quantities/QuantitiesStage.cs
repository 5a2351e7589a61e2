using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Quantities;

/// <summary>
/// Finds counts and measures (English, Ukrainian, Russian), keeping hedges as ranges: "around 30" is value 30,
/// approximate; "up to 1,500" is high 1500; "dozens" is 24..99. Numbers inside time expressions, unit and road
/// numbers, codes, money and times of day are not counts. Rules and examples: docs/quantities.md.
/// </summary>
public sealed class QuantitiesStage : IStage
{
    public string Name => "quantities";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Tokens, Annotations.Times];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Quantities];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Quantities.Clear(); // running the stage again gives the same list
        var scanner = QuantityScanner.Default;
        var excluded = new List<TextSpan>(document.Times.Count);
        foreach (var time in document.Times)
        {
            excluded.Add(time.Span);
        }

        excluded.Sort((a, b) => a.Start.CompareTo(b.Start));
        var perSentence = new List<TextSpan>();
        var first = 0;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            perSentence.Clear();
            while (first < excluded.Count && excluded[first].End <= sentence.Start)
            {
                first++;
            }

            for (var k = first; k < excluded.Count && excluded[k].Start < sentence.End; k++)
            {
                perSentence.Add(excluded[k]);
            }

            scanner.Scan(document, sentence, perSentence, document.Quantities);
        }

        document.Quantities.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }
}
