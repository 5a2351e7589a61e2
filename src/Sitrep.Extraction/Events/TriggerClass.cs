namespace Sitrep.Extraction.Events;

/// <summary>What a trigger word says happened, before the actors' sides decide the exact ACLED sub-type.</summary>
internal enum TriggerClass
{
    /// <summary>A war word in ordinary idiom ("took place", "coal mine"): matched only so that it does not trigger.</summary>
    None,
    Clash,
    Repelled,
    Capture,
    Shelling,
    /// <summary>A strike, hit or explosion with no weapon named: shelling/missile unless the sentence names the weapon.</summary>
    Strike,
    AirDrone,
    Mine,
    Agreement,
    Arrest,
    Withdrawal,
    /// <summary>Deaths or wounds without a named kind of fighting ("three soldiers killed in the east"): an armed clash, used only when the sentence has no other trigger.</summary>
    Casualties,
    Chemical,
    Suicide,
    Grenade,
    SexualViolence,
    /// <summary>Violence by armed men against unarmed people: executions, torture, shooting at civilians.</summary>
    CivilianAttack,
    Abduction,
    Protest,
    /// <summary>A word that, in a protest sentence, says the authorities intervened (dispersed, detained).</summary>
    Intervention,
    GroupActivity,
    /// <summary>A weapon or device defused, cleared or seized before it was used.</summary>
    Disrupted,
    Headquarters,
    Looting,
    /// <summary>Strategic events ACLED files as "other": prisoner exchanges, repatriation of bodies.</summary>
    Other,
}
