namespace Sitrep.Ingest.Tests;

/// <summary>Cut and damaged versions of every input must give documents or located errors, never exceptions.</summary>
public class RobustnessTests
{
    public static TheoryData<string> AllInputs()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Inputs");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllInputs))]
    public async Task ReadSource_TruncatedOrDamagedInput_NeverThrowsAndErrorsAreLocated(string input)
    {
        var bytes = await File.ReadAllBytesAsync(Inputs.Path(input), TestContext.Current.CancellationToken);
        using var temp = new TempFolder();
        var random = new Random(input.Length);
        for (var i = 1; i <= 12; i++)
        {
            var variant = (byte[])bytes.Clone();
            if (i % 2 == 0)
            {
                variant = variant[..(variant.Length * i / 13)];
            }
            else
            {
                for (var k = 0; k < 8; k++)
                {
                    variant[random.Next(variant.Length)] = (byte)random.Next(256);
                }
            }

            var path = temp.Write($"{i}{Path.GetExtension(input)}", variant);
            foreach (var result in await Inputs.ReadAll(path))
            {
                if (!result.IsSuccess)
                {
                    Assert.StartsWith(path, result.Error!.Location!.Source);
                }
                else
                {
                    Assert.False(string.IsNullOrWhiteSpace(result.Value!.Text));
                }
            }
        }
    }
}
