namespace Sitrep.Extraction.Places.Languages.En;

internal static class EnglishCues
{
    public static PlaceCues Instance { get; } = new()
    {
        Locatives = ["in", "near", "at", "outside", "around", "into", "from", "towards", "toward", "to", "of", "over", "across", "by", "beyond", "inside", "on"],
        Directions = ["direction", "directions", "axis", "axes", "sector", "front", "salient", "bridgehead"],
        UnitWords =
        [
            "battalion", "battalions", "brigade", "brigades", "regiment", "regiments", "division", "corps", "legion",
            "detachment", "garrison", "group", "administration", "council", "governor", "prosecutor", "prosecutors",
            "police", "patriarchate", "nuclear", "NPP",
        ],
        ReportingVerbs =
        [
            "said", "says", "say", "denied", "denies", "deny", "claimed", "claims", "claim", "warned", "warns",
            "accused", "accuses", "announced", "announces", "insisted", "insists", "responded", "responds", "rejected",
            "rejects", "confirmed", "confirms", "stated", "declared", "demanded", "demands", "threatened", "threatens",
            "dismissed", "dismisses", "blamed", "blames", "argued", "argues", "maintains", "maintained", "signalled",
            "signaled", "hinted", "agreed", "refused", "welcomed", "condemned", "condemns", "published", "publishes",
            "reported", "reports", "acknowledged", "admitted",
        ],
        GovernmentNouns =
        [
            "forces", "troops", "military", "army", "government", "regime", "leadership",
        ],
        Auxiliaries = ["has", "have", "had", "also", "again", "quickly", "repeatedly", "on", "later", "swiftly", "not", "never", "yet", "twice", "already", "earlier", "once"],
        OriginPrepositions = ["from"],
        LaunchVerbs =
        [
            "launch*", "fired", "fire", "fires", "firing", "flew", "fly", "flying", "attack*", "took", "struck", "strike*",
            "shelled", "shelling", "sent", "lobbed",
        ],
        DetailWords =
        [
            ("northern", "north"), ("southern", "south"), ("eastern", "east"), ("western", "west"),
            ("north-eastern", "north-east"), ("northeastern", "north-east"), ("north-western", "north-west"),
            ("northwestern", "north-west"), ("south-eastern", "south-east"), ("southeastern", "south-east"),
            ("south-western", "south-west"), ("southwestern", "south-west"), ("central", "city centre"),
            ("outskirts", "outskirts"), ("suburbs", "outskirts"), ("suburb", "outskirts"), ("edge", "outskirts"),
            ("centre", "city centre"), ("center", "city centre"), ("downtown", "city centre"),
        ],
        Linkers = ["of", "the", "part", "parts", "districts", "district", "neighbourhoods", "neighborhoods", "side", "areas", "area", "city"],
        Metonyms = [("Kremlin", 524901), ("Bankova", 703448)],
    };
}
