using System.Collections.Concurrent;
using Sitrep.Core.Model;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>The lexicons the attribution stage matches with, built once per process.</summary>
internal sealed class AttributionLexicon
{
    private const int MaxOutlets = 4096;
    private static readonly Lazy<AttributionLexicon> Shared = new(() => new AttributionLexicon(ActorRegistry.Default));
    private readonly ConcurrentDictionary<string, string> _outletNames = new(StringComparer.Ordinal);

    public AttributionLexicon(ActorRegistry registry)
    {
        Registry = registry;
    }

    public static AttributionLexicon Default => Shared.Value;

    /// <summary>
    /// The outlet a document's outlet field names: the registry's name for it, else the feed title's outlet
    /// ("Eastern Front Wire - Latest" is Eastern Front Wire). Worked out once per outlet (a bounded number of them),
    /// as most documents come from a few outlets.
    /// </summary>
    public string OutletName(string outlet)
    {
        if (_outletNames.TryGetValue(outlet, out var name))
        {
            return name;
        }

        name = Registry.FindByName(outlet)?.Name ?? FeedTitle.OutletName(outlet);
        if (_outletNames.Count < MaxOutlets)
        {
            _outletNames.TryAdd(outlet, name);
        }

        return name;
    }

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
        // the emergency services an outlet cites, in the accusative too: "посилаючись на обласну рятувальну службу",
        // "ссылаясь на региональные экстренные службы"
        "обласну", "регіональна", "регіональну", "регіональної", "регіональні", "рятувальна", "рятувальну", "рятувальної",
        "рятувальні", "екстрені", "региональные", "региональная", "региональную", "региональной", "экстренные",
        "экстренная", "экстренную", "экстренной", "спасательные", "спасательная", "спасательную",
        // the locative after "в"/"у": "повідомили в районній військовій адміністрації"
        "обласній", "військовій", "міській", "районній", "сільській", "селищній",
        // "повідомив міський голова ...", "сообщил сельский глава ...": the titles of town, village and district heads
        "міський", "міська", "сільський", "сільська", "селищний", "селищна", "районний", "районна", "районної",
        "городская", "сельский", "поселковый", "районный", "районной",
        // "заявил официальный представитель Министерства обороны", "офіційний речник": an official title
        "официальный", "официального", "официальная", "официальной", "офіційний", "офіційного", "офіційна", "офіційної",
        // "напомнили местные власти", "наголошує місцева влада", "по данным оперативного штаба"
        "местные", "местная", "местных", "местной", "місцева", "місцеві", "місцевої", "місцевій", "оперативного",
        "оперативный", "оперативний", "обласну", "регионального", "региональный", "регіонального", "регіональний",
        "областного", "обласного",
    ]);
}
