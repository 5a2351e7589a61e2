namespace Sitrep.Ingest.Formats;

/// <summary>The formats Sitrep reads.</summary>
internal enum InputFormat
{
    Unknown,
    PlainText,
    Html,
    Feed,
    JsonLines,
    JsonArray,
    TelegramExport,
}
