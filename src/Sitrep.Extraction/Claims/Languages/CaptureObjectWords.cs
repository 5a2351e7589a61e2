using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims.Languages;

/// <summary>
/// Words that show a "capture" verb is not about ground: people taken prisoner (a casualty count), things seized
/// (equipment, a title, attention), an intention ("expected to take") or "occupied" used as an adjective.
/// </summary>
internal static class CaptureObjectWords
{
    /// <summary>People as the object: "captured 34 Russian soldiers", "took 12 servicemen prisoner", "взяли в полон".</summary>
    public static readonly WordSet People = new(
    [
        "soldier", "soldiers", "servicemen", "serviceman", "servicemembers", "troops", "fighters", "prisoner", "prisoners",
        "pows", "pow", "men", "personnel", "marines", "paratroopers", "infantrymen", "militants", "mercenaries", "pilot",
        "pilots", "crew", "crews", "conscripts", "occupiers", "invaders", "stormtroopers",
        "військових", "військовослужбовців", "бійців", "солдатів", "полонених", "військовополонених", "полон", "окупантів",
        "штурмовиків", "найманців",
        "военных", "военнослужащих", "бойцов", "солдат", "пленных", "военнопленных", "плен", "наемников", "боевиков",
    ]);

    /// <summary>Things that are seized but are not ground: equipment, trophies, titles, attention, images.</summary>
    public static readonly WordSet Things = new(
    [
        "title", "titles", "cup", "trophy", "championship", "medal", "gold", "silver", "bronze", "crown", "lead", "seat",
        "seats", "attention", "imagination", "hearts", "mood", "moment", "image", "images", "footage", "video", "photo",
        "photos", "tank", "tanks", "vehicle", "vehicles", "equipment", "weapons", "weapon", "rifles", "ammunition",
        "drone", "drones", "documents", "trophies", "share", "market", "votes", "vote", "headlines", "mines", "debris",
        "rubble", "road", "roads", "snow", "runway", "explosive", "explosives", "items", "ordnance", "munitions", "shells",
        "техніку", "танк", "танки", "зброю", "трофеї", "технику", "оружие", "трофеи", "титул", "кубок",
        // lines taken up, not ground named: "заняли более выгодные рубежи и позиции", "зайняли вигідніші рубежі"
        "рубежи", "рубежі", "рубежей", "рубежів", "рубеж",
    ]);

    /// <summary>Words before the verb that make it an intention or an attempt, not a deed: "expected to take".</summary>
    public static readonly WordSet Intent = new(
    [
        "to", "will", "would", "could", "might", "may", "shall", "planned", "plans", "aims",
    ]);

    /// <summary>Words before "occupied" that make it an adjective: "of occupied Donetsk region", "the occupied south".</summary>
    public static readonly WordSet BeforeAdjective = new(
    [
        "of", "in", "the", "from", "temporarily", "into", "across", "on", "for", "and", "russian-occupied", "an", "a",
        "тимчасово", "временно", "на", "в", "у", "з", "із", "из",
    ]);

    /// <summary>Adjectival forms of "occupied" that never make a claim by themselves.</summary>
    public static readonly WordSet OccupiedAdjectives = new(
    [
        "occupied", "окупованих", "окупованій", "окупованого", "окупована", "окупованому", "оккупированных",
        "оккупированной", "оккупированного", "оккупированная", "оккупированном",
    ]);

    /// <summary>After "taken"/"took", words that show someone moved, not ground won: "the wounded were taken to hospital".</summary>
    public static readonly WordSet Movement = new(["to", "into", "away", "out"]);

    /// <summary>Forms of "take" that "taken to hospital" moves rather than captures.</summary>
    public static readonly WordSet Takes = new(["taken", "took", "take", "brought"]);

    public static readonly WordSet Captivity = new(["полон", "плен"]);

    public static readonly WordSet Falls = new(["fell", "fall", "falls", "fallen"]);

    /// <summary>After "fell", words that show something dropped, not a town falling to an army.</summary>
    public static readonly WordSet AfterFell = new(
    [
        "on", "onto", "in", "into", "near", "at", "short", "silent", "apart", "behind", "by", "asleep", "ill", "down", "off",
        "through", "within",
    ]);

    /// <summary>Words after the verb where its object has ended: "captured Kurakhove in", "took control of".</summary>
    public static readonly WordSet ObjectEnds = new(
    [
        "in", "near", "at", "of", "from", "on", "after", "during", "and", "біля", "під", "поблизу", "в", "у", "возле", "под",
        "после",
    ]);
}
