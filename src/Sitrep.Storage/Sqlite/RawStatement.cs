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

    public void Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(statement, index) : raw.sqlite3_bind_text(statement, index, value));

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
