using System.Globalization;
using System.Text;
using Sitrep.Core.Errors;

namespace Sitrep.Cli.Evaluation;

/// <summary>
/// Reads a UCDP GED CSV export (RFC 4180 quoting; UTF-8, or Windows-1252 as the UCDP API delivers it).
/// Needs the columns id, source_headline, where_prec, where_description, latitude, longitude, date_start.
/// </summary>
public static class UcdpCsv
{
    private const long MaxBytes = 256L * 1024 * 1024;

    private static readonly string[] Required = ["id", "source_headline", "where_prec", "where_description", "latitude", "longitude", "date_start"];

    public static Result<IReadOnlyList<UcdpRow>> Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            return new SitrepError(ErrorCodes.Unreadable, "file not found", new SourceLocation(path));
        }

        if (info.Length > MaxBytes)
        {
            return new SitrepError(ErrorCodes.TooLarge, $"file is larger than {MaxBytes / (1024 * 1024)} MiB", new SourceLocation(path));
        }

        return Parse(Decode(File.ReadAllBytes(path)), path);
    }

    /// <summary>UTF-8 if the bytes are valid UTF-8, otherwise Windows-1252.</summary>
    public static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    public static Result<IReadOnlyList<UcdpRow>> Parse(string text, string source)
    {
        var records = CsvRecords.Split(text);
        if (records.Count == 0)
        {
            return new SitrepError(ErrorCodes.Malformed, "empty file, expected a UCDP CSV header", new SourceLocation(source, 1));
        }

        var header = records[0].Fields;
        var column = new int[Required.Length];
        for (var c = 0; c < Required.Length; c++)
        {
            column[c] = header.IndexOf(Required[c]);
            if (column[c] < 0)
            {
                return new SitrepError(ErrorCodes.MissingField, $"no column '{Required[c]}' in the header", new SourceLocation(source, 1));
            }
        }

        var rows = new List<UcdpRow>(records.Count - 1);
        for (var r = 1; r < records.Count; r++)
        {
            var (line, fields) = records[r];
            if (fields.Count < header.Count)
            {
                return new SitrepError(ErrorCodes.Malformed, $"{fields.Count} fields, the header has {header.Count}", new SourceLocation(source, line));
            }

            string Field(int c) => fields[column[c]];
            if (!int.TryParse(Field(2), NumberStyles.None, CultureInfo.InvariantCulture, out var prec)
                || !double.TryParse(Field(4), NumberStyles.Float, CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(Field(5), NumberStyles.Float, CultureInfo.InvariantCulture, out var lon)
                || ParseDate(Field(6)) is not { } date)
            {
                return new SitrepError(ErrorCodes.BadValue, "where_prec, latitude, longitude or date_start is not readable", new SourceLocation(source, line));
            }

            rows.Add(new UcdpRow(line, Field(0), Field(1), prec, Field(3), lat, lon, date));
        }

        return Result<IReadOnlyList<UcdpRow>>.Ok(rows);
    }

    /// <summary>UCDP dates come month first, with or without a time: "1/22/2014 12:00:00 AM", "02/01/2023 00:00", or ISO "2023-02-01".</summary>
    public static DateOnly? ParseDate(string value)
    {
        var day = value.Split(' ', 2)[0];
        if (DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso))
        {
            return iso;
        }

        return DateOnly.TryParseExact(day, "M/d/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var us) ? us : null;
    }
}
