using Sitrep.Core.Text;

namespace Sitrep.Core.Model;

/// <summary>Who says a statement, through which medium, and through which outlets it reached this document.</summary>
public sealed record Attribution
{
    /// <summary>The span of the attributed statement (usually its sentence).</summary>
    public required TextSpan Span { get; init; }

    /// <summary>The span of the speaker's name in the text.</summary>
    public TextSpan? SpeakerSpan { get; init; }

    public required string Speaker { get; init; }

    public required SpeakerType SpeakerType { get; init; }

    public string? Side { get; init; }

    /// <summary>facebook, telegram, x, statement, briefing, interview, video ...</summary>
    public string? Medium { get; init; }

    /// <summary>Outlets the words passed through, nearest first.</summary>
    public IReadOnlyList<string> Via { get; init; } = [];

    /// <summary>The reporting verb as written, lower case ("said", "according to").</summary>
    public required string Verb { get; init; }

    /// <summary>"unverified" etc. when the text says the claim could not be verified.</summary>
    public string? Hedge { get; init; }
}
