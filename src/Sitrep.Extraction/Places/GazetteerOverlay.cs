using Sitrep.Core.Errors;
using Sitrep.Extraction.Places.GazetteerBuild;

namespace Sitrep.Extraction.Places;

/// <summary>
/// The user gazetteer overlay: places from a full GeoNames dump compiled in the format of the embedded gazetteer
/// and loaded next to it. Its file is <c>SITREP_GAZETTEER</c>, else <c>.sitrep/gazetteer-user.bin</c>.
/// </summary>
public static class GazetteerOverlay
{
    public const string EnvironmentVariable = "SITREP_GAZETTEER";

    public static readonly string DefaultPath = Path.Combine(".sitrep", "gazetteer-user.bin");

    /// <summary>What an import did: the overlay bytes to write, the places read from the dump, the places and keys in the overlay.</summary>
    public sealed record ImportResult(byte[] Bytes, int Imported, int Places, int Keys);

    /// <summary>Where the overlay is read from and written to by default.</summary>
    public static string ResolvePath() =>
        Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } path ? path : DefaultPath;

    /// <summary>
    /// Compiles the dump's populated places and regions into an overlay, merged by GeoNames id with
    /// <paramref name="existing"/> (the earlier overlay: its places and names stay, the dump's records win).
    /// Region names come from <paramref name="reference"/> (the embedded gazetteer) where it has the region.
    /// A malformed line gives a located error and no overlay. <paramref name="countries"/> (ISO codes), if given,
    /// keeps only the places of those countries.
    /// </summary>
    public static Result<ImportResult> Import(
        TextReader dump, string source, Gazetteer? existing, Gazetteer reference, Action<long>? progress, CancellationToken ct,
        IReadOnlySet<string>? countries = null)
    {
        var read = GeoNamesDumpReader.Read(dump, source, countries, progress, ct);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var compiled = GazetteerCompiler.CompileOverlay(read.Value!, reference);
        var merged = existing is null ? compiled : GazetteerMerge.Merge(compiled, existing);
        var bytes = GazetteerFormat.Write(merged, compress: true);
        return Result<ImportResult>.Ok(new ImportResult(bytes, read.Value!.Count, merged.Places.Count, merged.KeyCount));
    }
}
