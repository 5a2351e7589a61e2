using Sitrep.Core.Errors;
using Sitrep.Storage;

namespace Sitrep.Cli.Services;

/// <summary>Opens the store named by <c>--db</c> and turns failures into one located line.</summary>
internal static class StoreOpener
{
    public static async Task<ISitrepStore> OpenAsync(string? connection, CliEnvironment env, CancellationToken ct)
    {
        try
        {
            return await SitrepStores.OpenAsync(connection, env.Clock, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not SitrepException)
        {
            var where = connection ?? Environment.GetEnvironmentVariable("SITREP_DB") ?? "the default store";
            throw new SitrepException(new SitrepError(ErrorCodes.StoreFailed, $"cannot open store: {ex.Message}", new SourceLocation(Redact(where))));
        }
    }

    /// <summary>Never print a password from a connection string.</summary>
    private static string Redact(string connection)
    {
        var parts = connection.Split(';');
        for (var i = 0; i < parts.Length; i++)
        {
            if (parts[i].TrimStart().StartsWith("password", StringComparison.OrdinalIgnoreCase))
            {
                parts[i] = "Password=***";
            }
        }

        return string.Join(';', parts);
    }
}
