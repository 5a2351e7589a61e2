using System.Data.Common;

namespace Sitrep.Storage.Relational;

/// <summary>Small ADO.NET helpers shared by both providers (named <c>@parameters</c> work in both).</summary>
internal static class Db
{
    public static DbCommand Command(this DbConnection connection, DbTransaction? transaction, string sql, params (string Name, object? Value)[] args)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // SQL text is constant; values are always parameters
        command.CommandText = sql;
#pragma warning restore CA2100
        foreach (var (name, value) in args)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        return command;
    }

    public static async Task<int> ExecAsync(this DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] args)
    {
        await using var command = connection.Command(transaction, sql, args);
        return await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<object?> ScalarAsync(this DbConnection connection, DbTransaction? transaction, string sql, CancellationToken ct, params (string, object?)[] args)
    {
        await using var command = connection.Command(transaction, sql, args);
        var value = await command.ExecuteScalarAsync(ct);
        return value is DBNull ? null : value;
    }

    public static async Task<List<T>> QueryAsync<T>(this DbConnection connection, DbTransaction? transaction, string sql, Func<DbDataReader, T> map, CancellationToken ct, params (string, object?)[] args)
    {
        await using var command = connection.Command(transaction, sql, args);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var list = new List<T>();
        while (await reader.ReadAsync(ct))
        {
            list.Add(map(reader));
        }

        return list;
    }

    public static string? Text(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static long Long(this DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);

    public static long? LongOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.Long(i);
}
