using Sitrep.Core.Contract;

namespace Sitrep.Web.Tests.Support;

/// <summary>Four analysed reports (English wire copy, a Russian ministry line, a Ukrainian Telegram post, a local outlet)
/// written for these tests, with their extraction filled in by hand.</summary>
internal static class SampleCorpus
{
    public static readonly (string Name, long Id, double Lat, double Lon) Pokrovsk = ("Pokrovsk", 708_520, 48.282, 37.176);
    public static readonly (string Name, long Id, double Lat, double Lon) Kostiantynivka = ("Kostiantynivka", 704_508, 48.527, 37.706);
    public static readonly (string Name, long Id, double Lat, double Lon) Kharkiv = ("Kharkiv", 706_483, 49.988, 36.232);
    public static readonly (string Name, long Id, double Lat, double Lon) Zaporizhzhia = ("Zaporizhzhia", 687_700, 47.823, 35.190);

    public static DocBuilder Wire { get; } =
        new DocBuilder(
            "KYIV, March 3 - Ukrainian troops beat back an assault on the southern edge of Pokrovsk on Monday, "
            + "the General Staff said in a Telegram statement.\n\nRussian artillery hit Kostiantynivka overnight, "
            + "wounding four civilians, regional governor Vadym Filashkin said.",
            "Northline Wire", "2026-03-03", "en", "https://northline.example/ukraine/pokrovsk-0303", "Ukraine says assault on Pokrovsk repelled")
        .Place("Pokrovsk", "Pokrovsk", Pokrovsk.Id, Pokrovsk.Lat, Pokrovsk.Lon)
        .Place("Kostiantynivka", "Kostiantynivka", Kostiantynivka.Id, Kostiantynivka.Lat, Kostiantynivka.Lon)
        .Time("on Monday", "2026-03-02", "2026-03-02")
        .Time("overnight", "2026-03-02", "2026-03-03", "days")
        .Quantity("four civilians", 4, "wounded")
        .Attribution("the General Staff said in a Telegram statement", "General Staff of the Armed Forces of Ukraine", "military_unit", "UA", "telegram")
        .Attribution("regional governor Vadym Filashkin said", "Vadym Filashkin", "person", "UA", "statement")
        .Claim("claim-ua-pokrovsk", "Ukrainian troops beat back an assault on the southern edge of Pokrovsk", "General Staff of the Armed Forces of Ukraine", "UA", "repelled", (Pokrovsk.Id, Pokrovsk.Name), "asserts")
        .Event("evt-pokrovsk-clash", "battles", "armed_clash", "2026-03-02", "2026-03-02", Pokrovsk,
            "Ukrainian troops beat back an assault on the southern edge of Pokrovsk on Monday", "General Staff of the Armed Forces of Ukraine", "Northline Wire")
        .Event("evt-kostiantynivka-shelling", "explosions_remote_violence", "shelling_artillery_missile_attack", "2026-03-02", "2026-03-03", Kostiantynivka,
            "Russian artillery hit Kostiantynivka overnight, wounding four civilians", "Vadym Filashkin", "Northline Wire");

    public static DocBuilder Ministry { get; } =
        new DocBuilder(
            "Подразделения группировки «Центр» полностью взяли под контроль Покровск, сообщило Министерство обороны России 4 марта.",
            "Вестник фронта", "2026-03-04", "ru", null, "Минобороны заявило о контроле над Покровском")
        .Place("Покровск", "Pokrovsk", Pokrovsk.Id, Pokrovsk.Lat, Pokrovsk.Lon)
        .Time("4 марта", "2026-03-04", "2026-03-04")
        .Attribution("сообщило Министерство обороны России", "Ministry of Defence of Russia", "government", "RU", "briefing")
        .Claim("claim-ru-pokrovsk", "полностью взяли под контроль Покровск", "Ministry of Defence of Russia", "RU", "control", (Pokrovsk.Id, Pokrovsk.Name), "asserts", "claim-ua-pokrovsk")
        .Event("evt-pokrovsk-control", "battles", "non_state_actor_overtakes_territory", "2026-03-04", "2026-03-04", Pokrovsk,
            "Подразделения группировки «Центр» полностью взяли под контроль Покровск", "Ministry of Defence of Russia");

    public static DocBuilder Telegram { get; } =
        new DocBuilder(
            "Вночі Харків атакували ударні дрони. За словами мера Ігоря Терехова, пошкоджено багатоповерхівку, поранено трьох людей.",
            "Харківський кур'єр", "2026-03-05", "uk", "https://t.me/s/kharkiv_courier_example/812")
        .Place("Харків", "Kharkiv", Kharkiv.Id, Kharkiv.Lat, Kharkiv.Lon)
        .Time("Вночі", "2026-03-05", "2026-03-05")
        .Quantity("трьох людей", 3, "wounded")
        .Attribution("За словами мера Ігоря Терехова", "Ihor Terekhov", "person", "UA", "telegram")
        .Event("evt-kharkiv-drones", "explosions_remote_violence", "air_drone_strike", "2026-03-05", "2026-03-05", Kharkiv,
            "Вночі Харків атакували ударні дрони", "Ihor Terekhov", "Харківський кур'єр");

    public static DocBuilder Local { get; } =
        new DocBuilder(
            "Zaporizhzhia regional officials said on Friday that 140 people had been moved out of frontline villages this week, "
            + "and that a new humanitarian hub opened in the city.",
            "Zaporizhzhia Today", "2026-03-06", "en", "https://zp-today.example/news/evacuation-hub")
        .Place("Zaporizhzhia", "Zaporizhzhia", Zaporizhzhia.Id, Zaporizhzhia.Lat, Zaporizhzhia.Lon)
        .Time("on Friday", "2026-03-06", "2026-03-06")
        .Quantity("140 people", 140, "personnel")
        .Attribution("Zaporizhzhia regional officials said", "Zaporizhzhia regional administration", "government", "UA", "statement")
        .Event("evt-zaporizhzhia-hub", "strategic_developments", "other", "2026-03-06", "2026-03-06", Zaporizhzhia,
            "a new humanitarian hub opened in the city", "Zaporizhzhia regional administration");

    public static IReadOnlyList<ExtractOutput> All { get; } = [Wire.Build(), Ministry.Build(), Telegram.Build(), Local.Build()];

    public const int EventCount = 5;
}
