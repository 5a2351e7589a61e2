using System.Data.Common;

namespace Sitrep.Storage.Relational;

/// <summary>
/// The commands of one write transaction, kept by SQL text and reused: a batch runs the same few statements
/// thousands of times, and a reused command is not parsed and planned again. Same calls as <see cref="Db"/>.
/// </summary>
internal sealed class Statements(DbConnection connection) : IAsyncDisposable
{
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IDisposable> extras = new(StringComparer.Ordinal);

    public DbConnection Connection => connection;

    /// <summary>A provider's own prepared statement (or other resource) kept for the transaction under <paramref name="key"/>.</summary>
    public T Extra<T>(string key, Func<DbConnection, T> create)
        where T : class, IDisposable
    {
        if (!extras.TryGetValue(key, out var extra))
        {
            extras[key] = extra = create(connection);
        }

        return (T)extra;
    }

    public async Task<int> ExecAsync(DbTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] args)
    {
        var command = Get(transaction, sql, args);
        var changed = await command.ExecuteNonQueryAsync(ct);
        command.Parameters.Clear(); // a kept command does not keep its last values (a multi-row insert holds hundreds)
        return changed;
    }

    public async Task<object?> ScalarAsync(DbTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] args)
    {
        var value = await Get(transaction, sql, args).ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    public async Task<List<T>> QueryAsync<T>(DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string, object?)[] args)
    {
        await using var reader = await Get(transaction, sql, args).ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(map(reader));
        }

        return list;
    }

    private DbCommand Get(DbTransaction? transaction, string sql, (string Name, object? Value)[] args)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.Command(transaction, sql);
            commands[sql] = command;
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        foreach (var (name, value) in args)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }

        commands.Clear();
        foreach (var extra in extras.Values)
        {
            extra.Dispose();
        }

        extras.Clear();
    }
}
