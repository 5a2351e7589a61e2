namespace Sitrep.Core.Model;

/// <summary>ACLED's six event types and 25 sub-types, in snake_case as in the contract.</summary>
public static class EventTaxonomy
{
    public const string Battles = "battles";
    public const string ExplosionsRemoteViolence = "explosions_remote_violence";
    public const string ViolenceAgainstCivilians = "violence_against_civilians";
    public const string Protests = "protests";
    public const string Riots = "riots";
    public const string StrategicDevelopments = "strategic_developments";

    public static IReadOnlyDictionary<string, string[]> SubtypesByType { get; } = new Dictionary<string, string[]>
    {
        [Battles] = ["armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"],
        [ExplosionsRemoteViolence] = ["chemical_weapon", "air_drone_strike", "suicide_bomb", "shelling_artillery_missile_attack", "remote_explosive_landmine_ied", "grenade"],
        [ViolenceAgainstCivilians] = ["sexual_violence", "attack", "abduction_forced_disappearance"],
        [Protests] = ["peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"],
        [Riots] = ["violent_demonstration", "mob_violence"],
        [StrategicDevelopments] = ["agreement", "arrests", "change_to_group_activity", "disrupted_weapons_use", "headquarters_or_base_established", "looting_property_destruction", "non_violent_transfer_of_territory", "other"],
    };

    public static string? TypeOf(string subtype)
    {
        foreach (var (type, subtypes) in SubtypesByType)
        {
            if (Array.IndexOf(subtypes, subtype) >= 0)
            {
                return type;
            }
        }

        return null;
    }
}
