using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>An event while it is being assembled; drafts of the same happening in nearby sentences are merged.</summary>
internal sealed class EventDraft
{
    public required string Subtype { get; set; }

    public required int Sentence { get; init; }

    public required int Paragraph { get; init; }

    public required string Trigger { get; init; }

    /// <summary>Typed only by a death or wound word: it describes an event nearby rather than a new one.</summary>
    public bool CasualtiesOnly { get; init; }

    /// <summary>Told only by what air defence shot down: it adds to a strike nearby but is no event of its own.</summary>
    public bool InterceptionOnly { get; init; }

    /// <summary>
    /// Whether the trigger points back at a happening already told ("the drone hit the locomotive", "the attack lasted
    /// until 08:00"): with no place of its own it is the strike just told, not a new one.
    /// </summary>
    public bool Anaphoric { get; init; }

    /// <summary>
    /// A fight known only from a side's claim of ground ("the ministry said its forces had advanced in the area",
    /// a contested capture): the fighting the document tells at that place, whatever the claim's own date.
    /// </summary>
    public bool ClaimedAdvance { get; init; }

    /// <summary>
    /// Told only as a lasting state ("roads are under drone fire"): no event of its own, but its weapon types a strike
    /// told right after it without one ("a fuel truck was hit at 05:40").
    /// </summary>
    public bool StateOnly { get; init; }

    /// <summary>Whether the sentence names fighters (troops, occupiers, a unit): a toll of a fight, not of a strike on a town.</summary>
    public bool FightersNamed { get; init; }

    /// <summary>Whether the trigger names its weapon (a missile, a drone), not only a hit or an explosion.</summary>
    public bool WeaponNamed { get; set; }

    public PlaceMention? Place { get; set; }

    /// <summary>Whether the place was named in the trigger's own sentence (not borrowed from context).</summary>
    public bool PlaceInSentence { get; set; }

    public EventLocation? Location { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public TimePrecision? Precision { get; set; }

    public string? DateNote { get; set; }

    public string? Outcome { get; set; }

    public List<EventActor> Actors { get; } = [];

    public List<QuantityMention> Quantities { get; } = [];

    public List<EventSource> Sources { get; } = [];

    public List<TextSpan> Evidence { get; } = [];

    public double Confidence { get; set; }

    private EvidenceCues.ScanState _cues = EvidenceCues.Start;
    private int _cuesOfEvidence;
    private TextSpan _cuesFirst;

    /// <summary>
    /// The parts of the day and sides of the place the evidence names (its sentences joined by spaces, read as
    /// <see cref="EvidenceCues.Of(ReadOnlySpan{char})"/> reads them), as bits. Evidence is only ever added at its end,
    /// or one piece put first (a state of the front that types a strike): only the pieces added since the last
    /// question are read, from the state the pieces before them left, and all of it again when the first piece is
    /// another.
    /// </summary>
    public EvidenceCues.ScanState Cues(string text)
    {
        if (_cuesOfEvidence == 0 || Evidence.Count < _cuesOfEvidence || Evidence[0] != _cuesFirst)
        {
            (_cues, _cuesOfEvidence) = (EvidenceCues.Start, 0);
        }

        for (var k = _cuesOfEvidence; k < Evidence.Count; k++)
        {
            _cues = EvidenceCues.Scan(text.AsSpan(Evidence[k].Start, Evidence[k].Length), _cues);
        }

        _cuesOfEvidence = Evidence.Count;
        _cuesFirst = Evidence.Count > 0 ? Evidence[0] : default;
        return _cues;
    }

    public int LastSentence { get; set; }

    /// <summary>The paragraph of the last sentence taken in.</summary>
    public int LastParagraph { get; set; }

    public ConflictEvent ToEvent(string id) => new()
    {
        Id = id,
        Type = EventTaxonomy.TypeOf(Subtype) ?? EventTaxonomy.StrategicDevelopments,
        Subtype = Subtype,
        From = From,
        To = To,
        TimePrecision = Precision,
        Location = Location,
        Actors = [.. Actors],
        Quantities = [.. Quantities],
        Outcome = Outcome,
        Sources = [.. Sources],
        Evidence = [.. Evidence],
        Confidence = Math.Round(Math.Clamp(Confidence, 0.05, 0.95), 2),
        DateNote = DateNote,
        Trigger = Trigger,
    };

    private static bool IsStrike(string subtype) => subtype is "shelling_artillery_missile_attack" or "air_drone_strike";

    /// <summary>Takes in a draft of the same happening from a later sentence.</summary>
    public void Absorb(EventDraft other)
    {
        if (other.InterceptionOnly)
        {
            // what air defence shot down does not say what hit: the strike keeps its own type
        }
        else if (Subtype == "air_drone_strike" && other.Subtype == "shelling_artillery_missile_attack" && TriggerRules.IsMissile(other.Trigger))
        {
            // a combined strike is filed under its heavier weapon, whichever sentence names it first
            Subtype = other.Subtype;
        }
        else if (!WeaponNamed && other.WeaponNamed && IsStrike(Subtype) && IsStrike(other.Subtype))
        {
            // "explosions were heard ... the drones hit": the weapon named later types the strike
            (Subtype, WeaponNamed) = (other.Subtype, true);
        }

        foreach (var span in other.Evidence)
        {
            if (!Evidence.Contains(span))
            {
                Evidence.Add(span);
            }
        }

        foreach (var q in other.Quantities)
        {
            if (!Quantities.Contains(q))
            {
                Quantities.Add(q);
            }
        }

        foreach (var a in other.Actors)
        {
            if (!Actors.Exists(a.Name, static (x, name) => x.Name == name))
            {
                Actors.Add(a);
            }
        }

        foreach (var s in other.Sources)
        {
            if (!Sources.Exists(s.Name, static (x, name) => x.Name == name))
            {
                Sources.Add(s);
            }
        }

        if ((Location is null && other.Location is not null) || (Place is { IsAdminArea: true } && other.Place is { IsAdminArea: false }))
        {
            // no place yet, or only the region a headline named ("killed by a mine in Kherson region") and now the village
            Location = other.Location;
            Place = other.Place;
        }

        if (DateNote is not null && other.DateNote is null && other.From is not null)
        {
            (From, To, Precision, DateNote) = (other.From, other.To, other.Precision, null);
        }

        Outcome = other.Outcome is "repelled" or "captured" or "withdrawn" ? other.Outcome : Outcome ?? other.Outcome;
        Confidence = Math.Max(Confidence, other.Confidence) + 0.05;
        if (other.Sentence > LastSentence)
        {
            (LastSentence, LastParagraph) = (other.Sentence, other.Paragraph);
        }
    }
}
