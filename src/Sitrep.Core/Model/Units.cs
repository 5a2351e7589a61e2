namespace Sitrep.Core.Model;

/// <summary>The quantity unit vocabulary of the contract.</summary>
public static class Units
{
    public const string Personnel = "personnel";
    public const string Vehicles = "vehicles";
    public const string ArmoredVehicles = "armored_vehicles";
    public const string Tanks = "tanks";
    public const string Artillery = "artillery";
    public const string Drones = "drones";
    public const string Missiles = "missiles";
    public const string Aircraft = "aircraft";
    public const string Killed = "killed";
    public const string Wounded = "wounded";
    public const string Captured = "captured";
    public const string Missing = "missing";
    public const string Engagements = "engagements";
    public const string Settlements = "settlements";
    public const string AreaKm2 = "area_km2";
    public const string DistanceKm = "distance_km";
    public const string Attacks = "attacks";
    public const string Bombs = "bombs";
    public const string Shells = "shells";
    public const string Percent = "percent";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } =
    [
        Personnel, Vehicles, ArmoredVehicles, Tanks, Artillery, Drones, Missiles, Aircraft, Killed, Wounded, Captured,
        Missing, Engagements, Settlements, AreaKm2, DistanceKm, Attacks, Bombs, Shells, Percent, Other,
    ];
}
