using System.Text.Json.Nodes;
using Sitrep.Core.Contract;

namespace Sitrep.Export;

/// <summary>
/// One event per line, in the same shape as <c>extract</c>'s events plus the documents that report it, and the
/// event's PLOVER and CAMEO codes (<see cref="EventCodes"/>) as "plover" and "cameo".
/// </summary>
public static class JsonLinesWriter
{
    public static void Write(TextWriter writer, IEnumerable<EventDto> events)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
        {
            var node = JsonNode.Parse(SitrepJson.Serialize(e, indented: false))!.AsObject();
            var codes = EventCodes.Of(e.Subtype, e.Trigger);
            node["plover"] = EventCodes.PloverLabel(codes);
            node["cameo"] = codes.Cameo;
            writer.Write(node.ToJsonString(SitrepJson.Compact));
            writer.Write('\n');
        }
    }
}
