namespace Sitrep.Reconcile.Claims;

public enum ClaimRelationKind
{
    /// <summary>Both cannot be true (one side asserts what the other denies, or both claim the same ground).</summary>
    Contradicts,

    /// <summary>Two sides assert the same thing (e.g. a strike both the striker and the target report).</summary>
    Corroborates,
}

public sealed record ClaimRelation(ClaimRelationKind Kind, string Reason);
