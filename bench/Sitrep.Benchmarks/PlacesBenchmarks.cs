using System.Text;
using BenchmarkDotNet.Attributes;
using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Places.Languages;
using Sitrep.Extraction.Places.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Benchmarks;

/// <summary>
/// The places matcher alone (tokens given) and the whole places stage, over a mixed English, Ukrainian and Russian
/// corpus. Throughput in MB/s is corpus UTF-16 characters × 2 / mean time; see docs/benchmarks.md.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class PlacesBenchmarks
{
    private static readonly string[] Paragraphs =
    [
        "Russian forces attacked Ukrainian positions near Pokrovsk and Myrnohrad on Tuesday, the General Staff said, adding that 42 assaults were repelled in the Pokrovsk direction.",
        "Drones launched from the Kursk region struck an energy facility in Sumy overnight, regional governor said. Air defence also worked over Kharkiv and Poltava.",
        "The Kremlin said talks were pointless while Kyiv denied that its troops had left the southern outskirts of Toretsk. Moscow has repeatedly claimed the town.",
        "Бої тривають у Покровську та під Костянтинівкою, повідомили в угрупованні. На Покровському напрямку ворог атакував 38 разів біля Миколаївки та Шевченка.",
        "Вночі окупанти вдарили по Запоріжжю та Дніпру; у Харкові пролунали вибухи. Сили оборони відбили штурми в районі Часового Яру.",
        "Министерство обороны сообщило об освобождении населенного пункта в Донецкой области. Бои идут на окраинах Купянска и в районе Волчанска.",
        "Local officials in Kherson said shelling from across the Dnipro wounded three people. Power was restored in parts of Mykolaiv and Odesa by the evening.",
        "Ukrainian units held the line 10 km east of Huliaipole as fighting continued near Velyka Novosilka, the brigade said in a statement on its channel.",
    ];

    private Document _document = null!;
    private PlaceMatcher _matcher = null!;

    [Params(64 * 1024, 1024 * 1024)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var sb = new StringBuilder(Characters + 512);
        for (var i = 0; sb.Length < Characters; i++)
        {
            sb.Append(Paragraphs[i % Paragraphs.Length]).Append("\n\n");
        }

        _document = new Document(sb.ToString(), new DocumentMetadata());
        new TextStage().Process(_document, CancellationToken.None);
        _matcher = new PlaceMatcher(Gazetteer.Default, PlaceLexicon.Default);
    }

    [Benchmark(Baseline = true)]
    public int Matcher() => _matcher.Find(_document, CancellationToken.None).Count;

    [Benchmark]
    public int Stage()
    {
        _document.Places.Clear();
        new PlacesStage().Process(_document, CancellationToken.None);
        return _document.Places.Count;
    }
}
