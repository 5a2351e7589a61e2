using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Quantities;

/// <summary>
/// Death counts read from real single-source UCDP headlines (CC BY 4.0, see Data/SOURCE.md) against the coders'
/// low/best/high. UCDP codes event deaths, not headline numbers, so this is a floor on agreement, not a gold standard.
/// </summary>
public sealed class UcdpHeadlineTests(ITestOutputHelper output)
{
    internal static (int Headlines, int Read, int Agree) Score()
    {
        var path = FindData("ucdp-casualty-headlines.tsv");
        int headlines = 0, read = 0, agree = 0;
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            var coded = new[] { f[2], f[3], f[4] }.Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            headlines++;
            var killed = QuantitiesStageTests.Run(f[5]).Quantities.FirstOrDefault(q => q.Unit == Units.Killed);
            if ((killed?.Value ?? killed?.Low ?? killed?.High) is not { } n)
            {
                continue;
            }

            read++;
            if (n >= coded.Min() && n <= coded.Max())
            {
                agree++;
            }
        }

        return (headlines, read, agree);
    }

    [Fact]
    public void Process_UcdpCasualtyHeadlines_ReadsDeathCountsThatAgreeWithCoders()
    {
        var (headlines, read, agree) = Score();
        output.WriteLine($"headlines {headlines}, killed count read {read} ({100.0 * read / headlines:F0}%), within UCDP low..high {agree} ({100.0 * agree / Math.Max(1, read):F0}% of read)");
        Assert.True(read >= headlines * 0.75, $"read {read} of {headlines}");
        Assert.True(agree >= read * 0.50, $"agree {agree} of {read}");
    }

    private static string FindData(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Sitrep.Extraction.Tests", "Quantities", "Data", name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException(name);
    }
}
