using Sitrep.Core.Documents;

namespace Sitrep.Ingest;

/// <summary>Makes the final <see cref="Document"/>: applies what the user said (it wins), the length limit and the language.</summary>
internal static class DocumentFactory
{
    public static Document Create(string text, DocumentMetadata found, ReaderOptions options)
    {
        var metadata = found with
        {
            Url = options.Url ?? Clean(found.Url),
            Outlet = options.Outlet ?? Clean(found.Outlet),
            Title = Clean(found.Title),
            Author = Clean(found.Author),
            DeclaredLanguage = NormalizeLanguage(options.Language) ?? NormalizeLanguage(found.DeclaredLanguage),
            PublishedFrom = found.Published is null ? null : found.PublishedFrom,
        };
        if (options.Published is { } published)
        {
            metadata = metadata with { Published = published, PublishedFrom = PublishedSource.Argument };
        }

        var kept = Truncate(text.Trim(), options.MaxDocumentChars);
        var document = new Document(kept, metadata);
        if (metadata.DeclaredLanguage is "en" or "uk" or "ru")
        {
            document.Language = metadata.DeclaredLanguage;
        }

        return document;
    }

    /// <summary>"uk-UA", "uk_UA", "UK" -> "uk"; "ua" (a common mistake) -> "uk"; other languages are kept as their code.</summary>
    public static string? NormalizeLanguage(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var code = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        return code switch
        {
            "ua" or "ukr" => "uk",
            "rus" => "ru",
            "eng" => "en",
            _ when code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) => code,
            _ => null,
        };
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Cuts an over-long text at the last paragraph break before the limit.</summary>
    private static string Truncate(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = text.LastIndexOf("\n\n", max, StringComparison.Ordinal);
        return text[..(cut > max / 2 ? cut : max)];
    }
}
