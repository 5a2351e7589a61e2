using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Errors;
using Sitrep.Extraction.Places;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep gazetteer import FILE [--output PATH] [--country CC,...]</c>: compiles a GeoNames dump (allCountries.txt, UA.txt) into the
/// user gazetteer overlay the places stage loads next to the embedded gazetteer.
/// </summary>
internal static class GazetteerCommand
{
    /// <summary>Larger than allCountries.txt (about 1.6 GB) with room to grow.</summary>
    public const long MaxDumpBytes = 4L << 30;

    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("file") { Description = "A GeoNames dump in the 19-column geoname layout (allCountries.txt, UA.txt)" };
        var output = new Option<string?>("--output") { Description = "Overlay file (default SITREP_GAZETTEER, else .sitrep/gazetteer-user.bin)" };
        var country = new Option<string?>("--country") { Description = "Keep only these countries (ISO codes, comma-separated, e.g. UA,RU)" };
        var import = new Command("import", "Add every populated place and region of a GeoNames dump to the user gazetteer overlay") { file, output, country };
        import.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(file)!;
            var target = parse.GetValue(output) is { Length: > 0 } o ? o : GazetteerOverlay.ResolvePath();
            var countries = ParseCountries(parse.GetValue(country));
            var result = Import(path, target, countries, env, ct);
            var bytes = result.Bytes;
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
            var temp = target + ".tmp";
            await File.WriteAllBytesAsync(temp, bytes, ct);
            File.Move(temp, target, overwrite: true);
            await env.Out.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"imported {result.Imported} places from {Path.GetFileName(path)}; {target} holds {result.Places} places under {result.Keys} name keys"));
            return 0;
        });

        return new Command("gazetteer", "Manage the place-name gazetteer") { import };
    }

    private static HashSet<string>? ParseCountries(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var codes = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return codes.Length > 0 && codes.All(c => c.Length == 2 && c.All(char.IsAsciiLetter))
            ? codes.Select(c => c.ToUpperInvariant()).ToHashSet(StringComparer.Ordinal)
            : throw new UsageException($"--country expects ISO country codes such as UA,RU, got '{value}'");
    }

    private static GazetteerOverlay.ImportResult Import(string path, string target, HashSet<string>? countries, CliEnvironment env, CancellationToken ct)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new SitrepException(new SitrepError(ErrorCodes.Unreadable, "no such file", new SourceLocation(path)));
        }

        if (info.Length > MaxDumpBytes)
        {
            throw new SitrepException(new SitrepError(ErrorCodes.TooLarge, $"larger than {MaxDumpBytes >> 30} GiB", new SourceLocation(path)));
        }

        Gazetteer? existing = null;
        if (File.Exists(target))
        {
            try
            {
                using var stream = File.OpenRead(target);
                existing = Gazetteer.Load(stream);
            }
            catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
            {
                throw new SitrepException(new SitrepError(ErrorCodes.Malformed, "the existing overlay is not a gazetteer file; remove it or choose another --output", new SourceLocation(target)));
            }
        }

        using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        using var reader = new StreamReader(input, System.Text.Encoding.UTF8);
        Result<GazetteerOverlay.ImportResult> result = default;
        if (env.IsTerminal)
        {
            AnsiConsole.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask($"importing {Markup.Escape(info.Name)}", maxValue: Math.Max(1, info.Length));
                    result = GazetteerOverlay.Import(reader, path, existing, Gazetteer.Embedded, _ => task.Value = input.Position, ct, countries);
                    task.Value = info.Length;
                });
        }
        else
        {
            result = GazetteerOverlay.Import(reader, path, existing, Gazetteer.Embedded, null, ct, countries);
        }

        return result.IsSuccess ? result.Value! : throw new SitrepException(result.Error!);
    }
}
