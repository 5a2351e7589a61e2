namespace Sitrep.Export;

/// <summary>
/// Sitrep's ACLED sub-types in PLOVER (event type, with a mode where one applies) and CAMEO (verb code). The table
/// is documented in docs/events.md; exports other than the ACLED CSV carry both codes. A sub-type with no
/// counterpart maps to null rather than to a guess.
/// </summary>
public static class EventCodes
{
    public sealed record Codes(string? Plover, string? PloverMode, string? Cameo);

    private static readonly Dictionary<string, Codes> BySubtype = new(StringComparer.Ordinal)
    {
        ["armed_clash"] = new("ASSAULT", "firearms", "190"),
        ["government_regains_territory"] = new("ASSAULT", null, "192"),
        ["non_state_actor_overtakes_territory"] = new("ASSAULT", null, "192"),
        ["chemical_weapon"] = new("ASSAULT", "CBRN", "2041"),
        ["air_drone_strike"] = new("ASSAULT", "aerial", "195"),
        ["suicide_bomb"] = new("ASSAULT", "explosives", "1831"),
        ["shelling_artillery_missile_attack"] = new("ASSAULT", "explosives", "194"),
        ["remote_explosive_landmine_ied"] = new("ASSAULT", "explosives", "183"),
        ["grenade"] = new("ASSAULT", "explosives", "193"),
        ["sexual_violence"] = new("ASSAULT", "sexual", "1821"),
        ["attack"] = new("ASSAULT", null, "180"),
        ["abduction_forced_disappearance"] = new("ASSAULT", "abduct", "181"),
        ["peaceful_protest"] = new("PROTEST", "demonstrate", "141"),
        ["protest_with_intervention"] = new("PROTEST", "demonstrate", "141"),
        ["excessive_force_against_protesters"] = new("COERCE", null, "175"),
        ["violent_demonstration"] = new("PROTEST", "riot", "145"),
        ["mob_violence"] = new("PROTEST", "riot", "145"),
        ["agreement"] = new("AGREE", null, "057"),
        ["arrests"] = new("COERCE", "arrest", "173"),
        ["change_to_group_activity"] = new("MOBILIZE", null, "154"),
        ["disrupted_weapons_use"] = new(null, null, null),
        ["headquarters_or_base_established"] = new("MOBILIZE", null, "154"),
        ["looting_property_destruction"] = new("COERCE", "seize", "171"),
        ["non_violent_transfer_of_territory"] = new("RETREAT", "withdraw", "0874"),
        ["other"] = new(null, null, null),
    };

    private static readonly Codes PrisonerRelease = new("RETREAT", "release", "0841");

    private static readonly Codes Negotiation = new("CONSULT", null, "046");

    private static readonly Codes Ceasefire = new("AGREE", null, "0871");

    /// <summary>The codes of an event from its sub-type, refined by its trigger where the sub-type is broad.</summary>
    public static Codes Of(string subtype, string? trigger)
    {
        ArgumentNullException.ThrowIfNull(subtype);
        var t = trigger ?? string.Empty;
        if (subtype == "other" && (t.Contains("prisoner", StringComparison.OrdinalIgnoreCase) || t.Contains("полон", StringComparison.OrdinalIgnoreCase)
            || t.Contains("плен", StringComparison.OrdinalIgnoreCase) || t.Contains("captivity", StringComparison.OrdinalIgnoreCase)))
        {
            return PrisonerRelease;
        }

        if (subtype == "agreement" && (t.Contains("talks", StringComparison.OrdinalIgnoreCase) || t.Contains("negotiations", StringComparison.OrdinalIgnoreCase)
            || t.Contains("переговор", StringComparison.OrdinalIgnoreCase)))
        {
            return Negotiation;
        }

        if (subtype == "agreement" && (t.Contains("ceasefire", StringComparison.OrdinalIgnoreCase) || t.Contains("truce", StringComparison.OrdinalIgnoreCase)
            || t.Contains("перемир", StringComparison.OrdinalIgnoreCase)))
        {
            return Ceasefire;
        }

        return BySubtype.GetValueOrDefault(subtype) ?? new Codes(null, null, null);
    }

    /// <summary>PLOVER as "TYPE" or "TYPE/mode".</summary>
    public static string? PloverLabel(Codes codes)
    {
        ArgumentNullException.ThrowIfNull(codes);
        return codes.Plover is null ? null : codes.PloverMode is null ? codes.Plover : codes.Plover + "/" + codes.PloverMode;
    }
}
