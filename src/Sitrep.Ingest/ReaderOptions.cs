namespace Sitrep.Ingest;

/// <summary>What the user told us about the input, and the limits that apply to untrusted input.</summary>
public sealed record ReaderOptions
{
    /// <summary><c>--published</c>: overrides any date found in the input (publishedFrom "argument").</summary>
    public DateOnly? Published { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    /// <summary><c>--lang</c>: en, uk or ru.</summary>
    public string? Language { get; init; }

    /// <summary>Largest file or download read whole, in bytes. JSON Lines files are streamed line by line and are not
    /// held to this limit; each of their lines is held to <see cref="MaxLineBytes"/>.</summary>
    public long MaxBytes { get; init; } = 20 * 1024 * 1024;

    /// <summary>Longest JSON Lines record (one line, in UTF-8 bytes); a longer line is skipped with a located error.
    /// 8 MiB holds a record whose text is at the <see cref="MaxDocumentChars"/> limit in Cyrillic, escaped.</summary>
    public int MaxLineBytes { get; init; } = 8 * 1024 * 1024;

    /// <summary>Largest single document text kept, in characters.</summary>
    public int MaxDocumentChars { get; init; } = 2 * 1024 * 1024;

    /// <summary>Deepest HTML/XML/JSON nesting accepted.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Time allowed for one URL fetch.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(30);
}
