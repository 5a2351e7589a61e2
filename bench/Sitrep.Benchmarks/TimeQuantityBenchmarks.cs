using System.Text;
using BenchmarkDotNet.Attributes;
using Sitrep.Core.Documents;
using Sitrep.Extraction.Quantities;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Benchmarks;

/// <summary>
/// The time and quantities stages on a mixed English/Ukrainian/Russian report of N paragraphs. The text stage
/// runs in setup so that only the two stages are measured.
/// </summary>
[MemoryDiagnoser]
public class TimeQuantityBenchmarks
{
    private static readonly string[] Paragraphs =
    [
        "KYIV, Dec 11 - Russia attacked Ukraine with 653 drones and 51 missiles overnight, the air force said on Thursday, adding that 585 drones were downed.",
        "The General Staff said 165 combat engagements took place over the past day; the enemy lost up to 1,500 servicemen, 7 tanks and 20 armoured vehicles.",
        "Two people were killed and nine injured in a strike on Zaporizhzhia on Wednesday evening, the governor said. Fighting has gone on since 2014.",
        "Уночі 11 грудня росіяни атакували Україну 110 ударними БпЛА, з них збито 85. Минулої доби відбулося 165 бойових зіткнень.",
        "За минувшие сутки подразделения уничтожили до 445 военнослужащих, три танка и 7 боевых бронированных машин, сообщили в среду.",
        "The 47th brigade said it repelled dozens of assaults earlier this week near Route 15, about 2 km south of the village, at 05:40 on Monday.",
    ];

    private Document _document = null!;

    [Params(10, 100)]
    public int ParagraphCount { get; set; }

    public int Characters => _document.Text.Length;

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < ParagraphCount; i++)
        {
            sb.Append(Paragraphs[i % Paragraphs.Length]).Append("\n\n");
        }

        _document = new Document(sb.ToString(), new DocumentMetadata { Published = new DateOnly(2025, 12, 11), PublishedFrom = PublishedSource.Argument });
        new TextStage().Process(_document, CancellationToken.None);
    }

    [Benchmark]
    public int Time()
    {
        _document.Times.Clear();
        new TimeStage().Process(_document, CancellationToken.None);
        return _document.Times.Count;
    }

    [Benchmark]
    public int TimeAndQuantities()
    {
        _document.Times.Clear();
        new TimeStage().Process(_document, CancellationToken.None);
        _document.Quantities.Clear();
        new QuantitiesStage().Process(_document, CancellationToken.None);
        return _document.Quantities.Count;
    }
}
