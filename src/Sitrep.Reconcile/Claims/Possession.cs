namespace Sitrep.Reconcile.Claims;

/// <summary>
/// Control and capture claims read as "side S holds (part of) the place" or "side S does not hold it".
/// A capture or control claim asserted by S says S holds it; one denied by S says S's opponent does not
/// (S denies the enemy's capture); "repelled" asserted by S says the opponent did not take it.
/// </summary>
internal readonly record struct Possession(string Holder, bool Holds, string Extent)
{
    public const string Full = "full";

    /// <param name="text">The claim's text: an asserted capture or control by the other side's forces
    /// ("Russian units control the outskirts", said by a Ukrainian unit) says the other side holds the ground.</param>
    public static Possession? Of(string kind, string stance, string side, string? extent, string? text = null)
    {
        var asserts = stance == "asserts";
        var ground = string.IsNullOrEmpty(extent) ? Full : extent;
        return kind switch
        {
            "capture" or "control" when asserts => new Possession(HolderOf(side, text), true, ground),
            "capture" or "control" => new Possession("!" + side, false, ground),
            "repelled" when asserts => new Possession("!" + side, false, ground),
            _ => null,
        };
    }

    private static string HolderOf(string side, string? text) =>
        text is not null && ForcesNamed.In(text) is { } forces && forces != side && side is "RU" or "UA" ? "!" + side : side;

    /// <summary>Whether two statements by different sides cannot both be true.</summary>
    public static bool Conflict(Possession a, string sideA, Possession b, string sideB)
    {
        var holderA = Resolve(a.Holder, sideB);
        var holderB = Resolve(b.Holder, sideA);
        if (!Overlap(a.Extent, b.Extent))
        {
            return false;
        }

        if (a.Holds && b.Holds)
        {
            return holderA != holderB;
        }

        return a.Holds != b.Holds && holderA == holderB;
    }

    /// <summary>Whether two statements by different sides say the same side holds the same ground (an admission).</summary>
    public static bool Agree(Possession a, string sideA, Possession b, string sideB) =>
        a.Holds && b.Holds && Overlap(a.Extent, b.Extent) && Resolve(a.Holder, sideB) == Resolve(b.Holder, sideA);

    /// <summary>"!S" (S's opponent) is the other claimant's side in a two-sided comparison.</summary>
    private static string Resolve(string holder, string otherSide) => holder.StartsWith('!') ? otherSide : holder;

    /// <summary>Full overlaps everything; the same named part overlaps itself; "partial" is too vague to conflict.</summary>
    private static bool Overlap(string a, string b) =>
        a == Full || b == Full || (a == b && a != "partial");
}
