using Sitrep.Storage;

namespace Sitrep.Web;

/// <summary>How <see cref="SitrepWeb.Build"/> sets up the server.</summary>
public sealed class SitrepWebOptions
{
    /// <summary>The address to listen on; default <see cref="DefaultUrls"/>. Port 0 picks a free port.</summary>
    public string? Urls { get; init; }

    /// <summary>The store's connection string (null: the embedded default). Ignored when <see cref="Store"/> is given.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>An open store owned by the caller (the server does not dispose it).</summary>
    public ISitrepStore? Store { get; init; }

    /// <summary>The bearer token that <c>POST /api/documents</c> requires; null falls back to the
    /// <c>SITREP_WRITE_TOKEN</c> environment variable; empty or unset on both leaves writes open.</summary>
    public string? WriteToken { get; init; }

    /// <summary>The clock of the store and of ingestion.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The largest document text <c>POST /api/documents</c> accepts, in characters.</summary>
    public int MaxDocumentChars { get; init; } = 1_000_000;

    /// <summary>How long <c>POST /api/documents</c> may spend analysing one document before it answers 503.</summary>
    public TimeSpan AnalysisTimeout { get; init; } = TimeSpan.FromSeconds(30);

    public const string DefaultUrls = "http://127.0.0.1:5080";

    public const string WriteTokenVariable = "SITREP_WRITE_TOKEN";

    internal string? EffectiveWriteToken
    {
        get
        {
            var token = WriteToken ?? Environment.GetEnvironmentVariable(WriteTokenVariable);
            return string.IsNullOrEmpty(token) ? null : token;
        }
    }
}
