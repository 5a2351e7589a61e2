namespace Sitrep.Core.Model;

public enum PlaceRole
{
    /// <summary>Where something happened or is.</summary>
    Location,
    /// <summary>A front-line direction ("the Pokrovsk direction"): context, not a location.</summary>
    Direction,
    /// <summary>Where an attack came from ("drones launched from the Kursk region").</summary>
    Origin,
    /// <summary>Part of a unit's or body's name ("the Kharkiv battalion").</summary>
    Name,
    /// <summary>A capital standing for its government ("Moscow said").</summary>
    Metonymy,
}
