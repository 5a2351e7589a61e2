using Sitrep.Core.Model;

namespace Sitrep.Extraction.Actors;

/// <summary>One entry of the actor registry: a body, unit, person or outlet that speaks or fights.</summary>
public sealed record Actor(string Id, string Name, SpeakerType Type, string? Side, string? ParentId)
{
    public bool IsOutlet => Type is SpeakerType.Media or SpeakerType.Agency;

    /// <summary>A belligerent body or person (not an outlet) with a known side.</summary>
    public bool IsBelligerent => !IsOutlet && Side is not null;
}
