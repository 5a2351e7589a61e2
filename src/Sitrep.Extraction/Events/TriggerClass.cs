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
}
