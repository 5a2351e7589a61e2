using Npgsql;

namespace Sitrep.Storage;

/// <summary>Tells PostgreSQL connection strings from SQLite ones and turns <c>postgres://</c> URLs into Npgsql's form.</summary>
public static class StoreConnection
{
    public static bool IsPostgres(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var c = connection.TrimStart();
        if (c.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || c.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return c.Split(';').Any(part =>
        {
            var key = part.Split('=', 2)[0].Trim();
            return part.Contains('=', StringComparison.Ordinal) &&
                   (key.Equals("Host", StringComparison.OrdinalIgnoreCase) || key.Equals("Server", StringComparison.OrdinalIgnoreCase));
        });
    }

    /// <summary><c>postgres://user:password@host:port/database?sslmode=...</c> as an Npgsql connection string;
    /// key=value strings are returned unchanged.</summary>
    public static string ToNpgsql(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (!connection.Contains("://", StringComparison.Ordinal))
        {
            return connection;
        }

        var uri = new Uri(connection);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var user = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length > 1)
            {
                builder.Password = Uri.UnescapeDataString(user[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            builder[key.Equals("sslmode", StringComparison.OrdinalIgnoreCase) ? "SSL Mode" : key] = kv.Length > 1 ? Uri.UnescapeDataString(kv[1]) : "";
        }

        return builder.ConnectionString;
    }
}
