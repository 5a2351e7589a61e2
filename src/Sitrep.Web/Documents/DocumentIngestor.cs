using System.Globalization;
using Sitrep.Core.Contract;
using Sitrep.Core.Documents;
using Sitrep.Extraction;

namespace Sitrep.Web.Documents;

/// <summary>Turns the body of <c>POST /api/documents</c> into an analysed document, or says which fields are wrong.</summary>
internal static class DocumentIngestor
{
    private static readonly string[] Languages = ["en", "uk", "ru"];

    /// <summary>The problems with a request, by field (camelCase, as in the JSON); empty when it is valid.</summary>
    public static Dictionary<string, string[]> Validate(IngestRequest request, int maxChars)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            errors["text"] = ["The document text is required."];
        }
        else if (request.Text.Length > maxChars)
        {
            errors["text"] = [$"The text has {request.Text.Length} characters; at most {maxChars} are accepted."];
        }

        if (request.Published is { } published && !TryParseDate(published, out _))
        {
            errors["published"] = [$"'{published}' is not a date (YYYY-MM-DD)."];
        }

        if (request.Lang is { } lang && !Languages.Contains(lang, StringComparer.Ordinal))
        {
            errors["lang"] = [$"'{lang}' is not a supported language (en, uk, ru)."];
        }

        if (request.Url is { } url && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            errors["url"] = [$"'{url}' is not an absolute URL."];
        }

        return errors;
    }

    /// <summary>Runs the extraction pipeline on a validated request.</summary>
    public static ExtractOutput Analyse(IngestRequest request, CancellationToken cancellationToken)
    {
        DateOnly? published = request.Published is { } p && TryParseDate(p, out var date) ? date : null;
        var metadata = new DocumentMetadata
        {
            Title = Blank(request.Title),
            Url = Blank(request.Url),
            Outlet = Blank(request.Outlet),
            Published = published,
            PublishedFrom = published is null ? null : PublishedSource.Argument,
            Medium = Blank(request.Medium),
            DeclaredLanguage = request.Lang,
            Origin = "http",
        };
        var document = new Document(request.Text!, metadata);
        SitrepPipeline.Default.Process(document, cancellationToken);
        return ExtractOutputMapper.Map(document);
    }

    internal static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
