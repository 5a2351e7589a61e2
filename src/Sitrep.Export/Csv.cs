namespace Sitrep.Export;

/// <summary>RFC 4180 field quoting.</summary>
internal static class Csv
{
    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var f in fields)
        {
            if (!first)
            {
                writer.Write(',');
            }

            writer.Write(Field(f));
            first = false;
        }

        writer.Write("\r\n");
    }
}
