namespace Sitrep.Extraction.Attribution;

/// <summary>How a reporting cue relates to its speaker.</summary>
internal enum CueKind
{
    /// <summary>A reporting verb: the speaker stands before it ("the corps said") or after it ("said the corps").</summary>
    Speech,
    /// <summary>The speaker follows the cue: "according to X", "за даними X", "по словам X".</summary>
    SpeakerFollows,
    /// <summary>The outlet that relayed the words follows: "citing X", "посилаючись на X".</summary>
    Citing,
    /// <summary>An outer outlet follows: "quoted by X", "told X" (when X is an outlet).</summary>
    QuotedBy,
    /// <summary>Passive: "was reported by X".</summary>
    PassiveBy,
}

/// <param name="Leads">
/// A verb that says nothing itself and leads into the statement a participle of saying opens after it ("went further,
/// claiming that ..."): only the participle's statement is made.
/// </param>
internal readonly record struct Cue(string Verb, CueKind Kind, bool Denial, bool Told = false, bool Leads = false);
