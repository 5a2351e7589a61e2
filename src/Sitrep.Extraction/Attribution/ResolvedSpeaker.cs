using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;

namespace Sitrep.Extraction.Attribution;

/// <summary>A speaker as resolved from a phrase: its display name, type, side, the span of its name and the registry entry.</summary>
internal sealed record ResolvedSpeaker(string Name, SpeakerType Type, string? Side, TextSpan? Span, Actor? Actor)
{
    public bool IsOutlet => Type is SpeakerType.Media or SpeakerType.Agency;
}
