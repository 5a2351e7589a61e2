namespace Sitrep.Core.Model;

public enum ClaimKind
{
    Control,
    Capture,
    Repelled,
    Casualties,
    Encirclement,
    Strike,
    Other,
}

public enum Stance
{
    Asserts,
    Denies,
}
