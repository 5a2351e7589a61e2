using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Sitrep.Core.Contract;

/// <summary>Source-generated JSON for the contract types (fast start-up, no reflection).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ExtractOutput))]
[JsonSerializable(typeof(List<ExtractOutput>))]
[JsonSerializable(typeof(List<EventDto>))]
[JsonSerializable(typeof(List<ClaimDto>))]
[JsonSerializable(typeof(EventDto))]
[JsonSerializable(typeof(ClaimDto))]
public sealed partial class SitrepJsonContext : JsonSerializerContext;

/// <summary>
/// The same settings, serialisation code only: writing through it builds no per-property metadata at run time (a cold
/// <c>sitrep extract</c> writes one object, and that metadata was most of the cost of writing it).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(ExtractOutput))]
[JsonSerializable(typeof(List<ExtractOutput>))]
[JsonSerializable(typeof(List<EventDto>))]
[JsonSerializable(typeof(List<ClaimDto>))]
[JsonSerializable(typeof(EventDto))]
[JsonSerializable(typeof(ClaimDto))]
internal sealed partial class SitrepJsonWriteContext : JsonSerializerContext;

public static class SitrepJson
{
    /// <summary>Indented output, non-ASCII (Cyrillic) written as is.</summary>
    public static JsonSerializerOptions Indented { get; } = new(SitrepJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>One object per line (JSON Lines, storage).</summary>
    public static JsonSerializerOptions Compact { get; } = new(SitrepJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    private static readonly JsonWriterOptions IndentedWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = true };

    private static readonly JsonWriterOptions CompactWriter = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The contract types go through the generated serialisation code of <see cref="SitrepJsonWriteContext"/> (no
    /// per-property metadata built at run time), written with the relaxed encoder by the writer: the same text as
    /// <see cref="Indented"/> and <see cref="Compact"/> give.
    /// </summary>
    public static string Serialize<T>(T value, bool indented = true)
    {
        if (SitrepJsonWriteContext.Default.GetTypeInfo(typeof(T)) is not JsonTypeInfo<T> info)
        {
            return JsonSerializer.Serialize(value, InfoOf<T>(indented ? Indented : Compact));
        }

        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        using (var writer = new Utf8JsonWriter(buffer, indented ? IndentedWriter : CompactWriter))
        {
            JsonSerializer.Serialize(writer, value, info);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Compact UTF-8, the bytes <c>JsonSerializer.SerializeToUtf8Bytes(value, Compact)</c> gives, written by the
    /// generated serialisation code into a buffer and writer kept per thread (the stored JSON of every document, report
    /// and claim goes through here: the general path allocated its serialisation state for each of them).
    /// </summary>
    public static byte[] SerializeToUtf8Bytes<T>(T value)
    {
        if (SitrepJsonWriteContext.Default.GetTypeInfo(typeof(T)) is not JsonTypeInfo<T> info)
        {
            return JsonSerializer.SerializeToUtf8Bytes(value, InfoOf<T>(Compact));
        }

        var buffer = utf8Buffer ??= new ArrayBufferWriter<byte>(32 * 1024);
        buffer.ResetWrittenCount();
        var writer = utf8Writer ??= new Utf8JsonWriter(buffer, CompactWriter);
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, value, info);
        writer.Flush();
        var bytes = buffer.WrittenSpan.ToArray();
        if (buffer.Capacity > KeptBufferBytes)
        {
            // an unusually large document: its buffer is not kept for the rest of the thread's life
            (utf8Buffer, utf8Writer) = (null, null);
        }

        return bytes;
    }

    /// <summary>
    /// Compact UTF-8 (the bytes <see cref="SerializeToUtf8Bytes{T}"/> gives) appended to <paramref name="destination"/>,
    /// for a caller that only reads the JSON once (to deflate it, or to make a string of it): no array of the JSON's own.
    /// </summary>
    public static void WriteUtf8<T>(T value, IBufferWriter<byte> destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (SitrepJsonWriteContext.Default.GetTypeInfo(typeof(T)) is not JsonTypeInfo<T> info)
        {
            destination.Write(JsonSerializer.SerializeToUtf8Bytes(value, InfoOf<T>(Compact)));
            return;
        }

        var writer = spanWriter ??= new Utf8JsonWriter(destination, CompactWriter);
        writer.Reset(destination);
        try
        {
            JsonSerializer.Serialize(writer, value, info);
            writer.Flush();
        }
        finally
        {
            writer.Reset(Stream.Null); // the writer keeps no reference to the caller's buffer
        }
    }

    [ThreadStatic]
    private static Utf8JsonWriter? spanWriter;

    private const int KeptBufferBytes = 1024 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? utf8Buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? utf8Writer;

    /// <summary>
    /// The generated serialisation code for a contract type (the types of <see cref="ExtractOutput"/> and everything
    /// in it), for writing with a <see cref="Utf8JsonWriter"/> whose options carry the relaxed encoder: the same JSON
    /// as <see cref="Compact"/> gives, without the serialisation state the general path allocates for each value.
    /// </summary>
    public static JsonTypeInfo<T> WriteInfo<T>() =>
        SitrepJsonWriteContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new NotSupportedException($"{typeof(T).Name} is not a contract type.");

    /// <summary>Reads with the context's own metadata (the encoder and indentation do not matter when reading).</summary>
    public static T? Deserialize<T>(string json) =>
        SitrepJsonContext.Default.GetTypeInfo(typeof(T)) is JsonTypeInfo<T> info
            ? JsonSerializer.Deserialize(json, info)
            : JsonSerializer.Deserialize(json, InfoOf<T>(Compact));

    /// <summary>The metadata of <typeparamref name="T"/> from the options' own (source-generated) resolver, not from
    /// reflection: the same behaviour in a JIT-compiled and a natively compiled app.</summary>
    private static JsonTypeInfo<T> InfoOf<T>(JsonSerializerOptions options) => (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
}
