using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Sitrep.Benchmarks.Corpus;

/// <summary>
/// The old dense corpus (300-800 words each, about 23 event triggers per document, far denser than real reporting),
/// kept for comparison with earlier measurements (`generate-corpus FILE COUNT --dense`). Deterministic JSON Lines;
/// sentences are drawn from templates with places, units, numbers and relative dates.
/// </summary>
internal static class DenseCorpus
{
    private static readonly string[] Places =
    [
        "Pokrovsk", "Kupiansk", "Kostiantynivka", "Huliaipole", "Siversk", "Lyman", "Kharkiv", "Zaporizhzhia",
        "Kherson", "Sumy", "Chasiv Yar", "Toretsk", "Myrnohrad", "Vovchansk", "Orikhiv", "Kramatorsk", "Sloviansk",
        "Dobropillia", "Nikopol", "Dnipro", "Odesa", "Bilozerske", "Velyka Novosilka", "Kurakhove",
    ];

    private static readonly string[] Speakers =
    [
        "Ukraine's General Staff", "the 7th Rapid Response Corps", "the regional military administration",
        "Russia's Defence Ministry", "the 3rd Assault Brigade", "a spokesman for the Khortytsia group of forces",
        "the regional governor", "Ukraine's Air Force", "a source in the corps",
    ];

    private static readonly string[] Mediums = ["on Telegram", "in a statement", "on Facebook", "at a briefing", "in a video address"];

    private static readonly string[] Days = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "overnight", "earlier this week", "in the past 24 hours", "yesterday evening", "on Saturday morning"];

    private static readonly string[] Templates =
    [
        "Russian forces launched an assault on {P} with around {N} armoured vehicles {D}, {S} said {M}.",
        "{S} said the attack near {P} was repelled and that the attackers lost {N} vehicles.",
        "Russian drones struck an energy facility in {P} {D}, wounding {n} people, {S} said {M}.",
        "Over the past day there were {N} combat engagements, {n} of them in the {P} direction, {S} reported.",
        "Moscow has reportedly concentrated some {K} troops around {P}, according to {S}.",
        "Russia claims full control of {P}, while Kyiv insists its troops still hold the northern part of the town.",
        "Artillery shelled the outskirts of {P} {D}, killing {n} civilians and injuring at least {N} others.",
        "A glide bomb hit a residential building in {P}, {S} wrote {M}; the claim could not be independently verified.",
        "Ukrainian units withdrew from positions west of {P} to avoid encirclement, {S} said.",
        "Geolocated footage indicates that Russian troops advanced up to {n} km south-west of {P}.",
        "Air defences shot down {N} of {N2} drones launched overnight, {S} said {M}.",
        "Local residents in {P} reported explosions {D} as power was cut across several districts.",
        "The strike damaged a school and {n} private houses in {P}, officials said.",
        "Negotiators met again {D} to discuss a prisoner exchange, according to {S}.",
        "Police detained a man in {P} suspected of passing coordinates of air defence positions to Russian intelligence.",
        "Heavy rain and fog slowed the fighting near {P}, where both sides used dozens of drones for reconnaissance.",
        "The corps said its fighters destroyed one or two tanks and up to {N} infantry fighting vehicles near {P}.",
        "Earlier in the war, Russia took the town of {P} after months of fighting, and the front has barely moved since.",
    ];

    public static void Write(string path, int count, int seed = 2025)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        var published = new DateOnly(2025, 9, 1);
        for (var i = 0; i < count; i++)
        {
            var date = published.AddDays(i % 120);
            var words = random.Next(300, 801);
            var text = Compose(random, words);
            var record = new Dictionary<string, string>
            {
                ["id"] = "gen-" + i.ToString(CultureInfo.InvariantCulture),
                ["url"] = $"https://news.example.org/{date:yyyy/MM/dd}/{i}",
                ["outlet"] = i % 3 == 0 ? "Example Wire" : i % 3 == 1 ? "Frontline Daily" : "Oblast News",
                ["published"] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["title"] = $"Fighting around {Places[random.Next(Places.Length)]}",
                ["text"] = text,
            };
            writer.Write(JsonSerializer.Serialize(record));
            writer.Write('\n');
        }
    }

    private static string Compose(Random random, int words)
    {
        var sb = new StringBuilder();
        var count = 0;
        var sentences = 0;
        while (count < words)
        {
            var s = Templates[random.Next(Templates.Length)]
                .Replace("{P}", Places[random.Next(Places.Length)], StringComparison.Ordinal)
                .Replace("{S}", Speakers[random.Next(Speakers.Length)], StringComparison.Ordinal)
                .Replace("{M}", Mediums[random.Next(Mediums.Length)], StringComparison.Ordinal)
                .Replace("{D}", Days[random.Next(Days.Length)], StringComparison.Ordinal)
                .Replace("{N2}", random.Next(60, 140).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{N}", random.Next(10, 60).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{n}", random.Next(1, 9).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{K}", random.Next(20, 160).ToString(CultureInfo.InvariantCulture) + ",000", StringComparison.Ordinal);
            sb.Append(char.ToUpperInvariant(s[0])).Append(s.AsSpan(1));
            count += s.Count(c => c == ' ') + 1;
            sb.Append(++sentences % 3 == 0 ? "\n\n" : " ");
        }

        return sb.ToString().Trim();
    }
}
