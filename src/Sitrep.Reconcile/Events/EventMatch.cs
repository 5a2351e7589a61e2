namespace Sitrep.Reconcile.Events;

/// <summary>The verdict of comparing two reports, with the reason in words ("same place 713122, same day, ...").</summary>
public sealed record EventMatch(bool IsMatch, string Reason, double TextSimilarity)
{
    public static EventMatch No(string reason) => new(false, reason, 0);
}
