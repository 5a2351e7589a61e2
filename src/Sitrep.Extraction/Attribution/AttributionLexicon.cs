using Sitrep.Core.Model;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>The lexicons the attribution stage matches with, built once per process.</summary>
internal sealed class AttributionLexicon
{
    private static readonly Lazy<AttributionLexicon> Shared = new(() => new AttributionLexicon(ActorRegistry.Default));

    public AttributionLexicon(ActorRegistry registry)
    {
        Registry = registry;
    }

    public static AttributionLexicon Default => Shared.Value;

    public ActorRegistry Registry { get; }

    public PhraseIndex<Cue> Cues { get; } = ReportingCues.Build();

    public PhraseIndex<string> Media { get; } = MediumLexicon.Build();

    public PhraseIndex<string> Hedges { get; } = HedgeLexicon.Build();

    public PhraseIndex<SpeakerType> Nouns { get; } = SpeakerLexicon.BuildNouns();

    public PhraseIndex<bool> Anonymous { get; } = SpeakerLexicon.BuildAnonymous();

    public PhraseIndex<string> Sides { get; } = SpeakerLexicon.BuildSides();

    /// <summary>Lower-case adjectives that may sit inside a speaker phrase ("the regional military administration").</summary>
    public WordSet Adjectives { get; } = new(
    [
        "regional", "military", "local", "senior", "top", "press", "defence", "defense", "interior", "foreign", "general",
        "border", "air", "national", "security", "intelligence", "emergency", "state", "city", "district", "deputy",
        "ukrainian", "russian", "western", "frontline", "front-line", "pro-russian", "pro-kremlin", "separatist",
        "occupation", "installed", "russian-installed", "moscow-installed", "official", "operational", "tactical", "strategic",
        "operational-strategic", "operational-tactical", "commercial", "executive", "managing", "financial", "human",
        "rights", "energy", "transport",
        "обласної", "обласна", "військової", "військова", "міської", "областной", "военной", "городской",
        // "повідомив міський голова ...", "сообщил сельский глава ...": the titles of town, village and district heads
        "міський", "міська", "сільський", "сільська", "селищний", "селищна", "районний", "районна", "районної",
        "городская", "сельский", "поселковый", "районный", "районной",
    ]);
}
