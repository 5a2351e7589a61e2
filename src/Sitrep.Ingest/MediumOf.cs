namespace Sitrep.Ingest;

/// <summary>The medium a URL's host implies (t.me -> telegram, facebook.com -> facebook, x.com -> x), else null.</summary>
internal static class MediumOf
{
    public static string? Url(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var host = uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return host.ToLowerInvariant() switch
        {
            "t.me" or "telegram.me" => "telegram",
            "facebook.com" or "m.facebook.com" or "fb.com" => "facebook",
            "x.com" or "twitter.com" => "x",
            _ => null,
        };
    }
}
