using Sitrep.Core.Contract;

namespace Sitrep.Export;

/// <summary>One event per line, in the same shape as <c>extract</c>'s events plus the documents that report it.</summary>
public static class JsonLinesWriter
{
    public static void Write(TextWriter writer, IEnumerable<EventDto> events)
    {
        foreach (var e in events)
        {
            writer.Write(SitrepJson.Serialize(e, indented: false));
            writer.Write('\n');
        }
    }
}
