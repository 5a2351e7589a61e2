using System.Text.Json;
using Sitrep.Core.Errors;

namespace Sitrep.Cli.Evaluation.Gold;

/// <summary>Reads a gold or predictions file (a JSON array of documents) with one-line, located errors.</summary>
public static class EvalFile
{
    private const long MaxBytes = 32L * 1024 * 1024;

    public static Result<List<EvalDocumentDto>> Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return new SitrepError(ErrorCodes.Unreadable, "file not found", new SourceLocation(path));
        }

        if (info.Length > MaxBytes)
        {
            return new SitrepError(ErrorCodes.TooLarge, $"file is larger than {MaxBytes / (1024 * 1024)} MiB", new SourceLocation(path));
        }

        return Parse(File.ReadAllText(path), path);
    }

    public static Result<List<EvalDocumentDto>> Parse(string json, string source)
    {
        try
        {
            var documents = JsonSerializer.Deserialize(json, EvalJsonContext.Default.ListEvalDocumentDto);
            return documents is null
                ? new SitrepError(ErrorCodes.Malformed, "expected a JSON array of documents, found null", new SourceLocation(source, 1))
                : Result<List<EvalDocumentDto>>.Ok(documents);
        }
        catch (JsonException ex)
        {
            return Located(ex, source);
        }
    }

    /// <summary>"file:LINE: position P (path $[0].places[2].lat): what is wrong (SR1003)".</summary>
    public static SitrepError Located(JsonException ex, string source)
    {
        var line = (int)(ex.LineNumber ?? 0) + 1;
        var position = (ex.BytePositionInLine ?? 0) + 1;
        var path = string.IsNullOrEmpty(ex.Path) ? "" : $" ({ex.Path})";
        return new SitrepError(ErrorCodes.Malformed, $"position {position}{path}: {Reason(ex.Message)}", new SourceLocation(source, line));
    }

    private static string Reason(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        var reason = cut < 0 ? message : message[..cut];
        var newline = reason.IndexOfAny(['\r', '\n']);
        return (newline < 0 ? reason : reason[..newline]).Trim();
    }
}
