using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// A statement prepared on a connection's own SQLite handle, with parameters bound by position, for values that
/// ADO.NET would bind only as a string: text given as UTF-8 bytes is handed to SQLite as it is (SQLite copies it),
/// so a megabyte of JSON is not turned into a string and back. Runs inside the connection's open transaction.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 db;
    private readonly sqlite3_stmt statement;

    public RawStatement(SqliteConnection connection, string sql)
    {
        ArgumentNullException.ThrowIfNull(connection);
        db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(db, sql, out statement));
    }

    /// <summary>A short string is converted to UTF-8 on the stack and handed over with its length (SQLite copies it),
    /// not through a new NUL-terminated array per value; an empty one (a span without an address binds NULL), one
    /// holding a NUL, or a long one goes the library's way,
    /// so every value is stored exactly as before.</summary>
    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            Check(raw.sqlite3_bind_null(statement, index));
        }
        else if (value.Length is > 0 and <= MaxStackChars && !value.Contains('\0', StringComparison.Ordinal))
        {
            Span<byte> utf8 = stackalloc byte[MaxStackChars * 3];
            var length = System.Text.Encoding.UTF8.GetBytes(value, utf8);
            Check(raw.sqlite3_bind_text(statement, index, utf8[..length]));
        }
        else
        {
            Check(raw.sqlite3_bind_text(statement, index, value));
        }
    }

    private const int MaxStackChars = 256;

    public void Bind(int index, long? value) =>
        Check(value is { } v ? raw.sqlite3_bind_int64(statement, index, v) : raw.sqlite3_bind_null(statement, index));

    /// <summary>Like ADO.NET's binding, refuses NaN (SQLite would store it as NULL).</summary>
    public void Bind(int index, double? value) =>
        Check(value is not { } v ? raw.sqlite3_bind_null(statement, index)
            : double.IsNaN(v) ? throw new InvalidOperationException("Cannot store NaN values.")
            : raw.sqlite3_bind_double(statement, index, v));

    public void BindUtf8(int index, ReadOnlySpan<byte> text) => Check(raw.sqlite3_bind_text(statement, index, text));

    public void BindBlob(int index, ReadOnlySpan<byte> blob) => Check(raw.sqlite3_bind_blob(statement, index, blob));

    /// <summary>Runs the statement to its end and clears it for the next use.</summary>
    public void Run()
    {
        var rc = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        raw.sqlite3_clear_bindings(statement);
        if (rc != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, db);
        }
    }

    public void Dispose() => statement.Dispose();
}
