namespace Sitrep.Export;

/// <summary>Sitrep's snake_case taxonomy spelled as ACLED spells it, and ACLED's actor conventions.</summary>
public static class AcledNames
{
    private static readonly Dictionary<string, string> EventTypes = new()
    {
        ["battles"] = "Battles",
        ["explosions_remote_violence"] = "Explosions/Remote violence",
        ["violence_against_civilians"] = "Violence against civilians",
        ["protests"] = "Protests",
        ["riots"] = "Riots",
        ["strategic_developments"] = "Strategic developments",
    };

    private static readonly Dictionary<string, string> SubTypes = new()
    {
        ["armed_clash"] = "Armed clash",
        ["government_regains_territory"] = "Government regains territory",
        ["non_state_actor_overtakes_territory"] = "Non-state actor overtakes territory",
        ["chemical_weapon"] = "Chemical weapon",
        ["air_drone_strike"] = "Air/drone strike",
        ["suicide_bomb"] = "Suicide bomb",
        ["shelling_artillery_missile_attack"] = "Shelling/artillery/missile attack",
        ["remote_explosive_landmine_ied"] = "Remote explosive/landmine/IED",
        ["grenade"] = "Grenade",
        ["sexual_violence"] = "Sexual violence",
        ["attack"] = "Attack",
        ["abduction_forced_disappearance"] = "Abduction/forced disappearance",
        ["peaceful_protest"] = "Peaceful protest",
        ["protest_with_intervention"] = "Protest with intervention",
        ["excessive_force_against_protesters"] = "Excessive force against protesters",
        ["violent_demonstration"] = "Violent demonstration",
        ["mob_violence"] = "Mob violence",
        ["agreement"] = "Agreement",
        ["arrests"] = "Arrests",
        ["change_to_group_activity"] = "Change to group/activity",
        ["disrupted_weapons_use"] = "Disrupted weapons use",
        ["headquarters_or_base_established"] = "Headquarters or base established",
        ["looting_property_destruction"] = "Looting/property destruction",
        ["non_violent_transfer_of_territory"] = "Non-violent transfer of territory",
        ["other"] = "Other",
    };

    public static string EventType(string type) => EventTypes.GetValueOrDefault(type, type);

    public static string SubEventType(string subtype) => SubTypes.GetValueOrDefault(subtype, subtype);

    /// <summary>The reverse of <see cref="EventType"/> and <see cref="SubEventType"/>, for reading exports back.</summary>
    public static string? FromAcled(string acledName) =>
        EventTypes.FirstOrDefault(p => p.Value == acledName).Key ?? SubTypes.FirstOrDefault(p => p.Value == acledName).Key;

    public static string DisorderType(string type) => type switch
    {
        "protests" => "Demonstrations",
        "strategic_developments" => "Strategic developments",
        "riots" => "Demonstrations",
        _ => "Political violence",
    };

    /// <summary>ACLED's name for a belligerent's state forces, by side.</summary>
    public static string? StateForces(string? side) => side switch
    {
        "RU" => "Military Forces of Russia (2000-)",
        "UA" => "Military Forces of Ukraine (2019-)",
        "BY" => "Military Forces of Belarus (1994-)",
        _ => null,
    };

    /// <summary>ACLED inter codes: 1 state forces, 7 civilians, 8 external/other forces.</summary>
    public static string Inter(string? side, string actorName, string eventCountry) =>
        actorName.Contains("civilian", StringComparison.OrdinalIgnoreCase) ? "7"
        : side is null ? string.Empty
        : side == eventCountry ? "1" : "8"; // a side is the ISO code of its state
}
