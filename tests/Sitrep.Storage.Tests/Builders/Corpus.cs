using Sitrep.Core.Contract;

namespace Sitrep.Storage.Tests.Builders;

/// <summary>Hand-written reports used across the store tests (invented wording, realistic shapes).</summary>
internal static class Corpus
{
    public const string StrikeDay = "2025-11-03";

    /// <summary>Wire story: missile strike on Kharkiv, 3 killed and 12 wounded.</summary>
    public static ExtractOutput WireStrike()
    {
        var d = new DocBuilder(
            "KHARKIV, Nov 3 - A Russian missile struck a residential block in Kharkiv's Saltivskyi district early on Monday, " +
            "killing three people and wounding 12, the regional governor said on Telegram. Rescuers were still searching the " +
            "rubble at midday, and the agency could not independently verify the number of casualties.",
            "Eastern Wire", StrikeDay) { Title = "Russian missile hits Kharkiv apartment block, three dead" };
        return d.Event("shelling_artillery_missile_attack",
            "A Russian missile struck a residential block in Kharkiv's Saltivskyi district early on Monday, killing three people and wounding 12, the regional governor said on Telegram.",
            Place.Kharkiv, StrikeDay, d.Figure("three people", "killed", 3), d.Figure("12", "wounded", 12)).Build();
    }

    /// <summary>The wire story republished by a local outlet with its own intro.</summary>
    public static ExtractOutput RepublishedStrike()
    {
        var d = new DocBuilder(
            "Kharkiv Today reports, citing Eastern Wire. A Russian missile struck a residential block in Kharkiv's Saltivskyi " +
            "district early on Monday, killing three people and wounding 12, the regional governor said on Telegram. " +
            "Schools in the district will stay closed on Tuesday.",
            "Kharkiv Today", StrikeDay) { Title = "Missile strike on Saltivka" };
        return d.Event("shelling_artillery_missile_attack",
            "A Russian missile struck a residential block in Kharkiv's Saltivskyi district early on Monday, killing three people and wounding 12, the regional governor said on Telegram.",
            Place.Kharkiv, StrikeDay, d.Figure("three people", "killed", 3), d.Figure("12", "wounded", 12)).Build();
    }

    /// <summary>An independent write-up of the same strike the next morning, with the same figures in other words.</summary>
    public static ExtractOutput DigestStrike()
    {
        var d = new DocBuilder(
            "Overnight into Monday a ballistic missile hit an apartment building in the north-east of Kharkiv. Three residents " +
            "died and twelve were injured, according to Governor Oleh Syniehubov, who posted photos of the burnt-out facade.",
            "Frontline Digest", "2025-11-04") { Title = "Morning digest, 4 November" };
        return d.Event("shelling_artillery_missile_attack",
            "Overnight into Monday a ballistic missile hit an apartment building in the north-east of Kharkiv.",
            Place.Kharkiv, StrikeDay, d.Figure("Three residents", "killed", 3), d.Figure("twelve", "wounded", 12)).Build();
    }

    /// <summary>A different attack on Kharkiv the same day: a drone at a petrol station, one wounded.</summary>
    public static ExtractOutput DroneSameDay()
    {
        var d = new DocBuilder(
            "Separately, a Shahed drone hit a petrol station on the southern edge of Kharkiv on Monday evening, wounding one " +
            "attendant, city mayor Ihor Terekhov wrote on Telegram.",
            "Kharkiv Today", StrikeDay) { Title = "Drone hits petrol station" };
        return d.Event("air_drone_strike",
            "Separately, a Shahed drone hit a petrol station on the southern edge of Kharkiv on Monday evening, wounding one attendant, city mayor Ihor Terekhov wrote on Telegram.",
            Place.Kharkiv, StrikeDay, d.Figure("one attendant", "wounded", 1)).Build();
    }

    public const string AssaultDay = "2025-11-11";

    /// <summary>A large mechanised assault near Pokrovsk reported by a brigade.</summary>
    public static ExtractOutput MechanisedAssault()
    {
        var d = new DocBuilder(
            "On Tuesday the enemy threw an assault group of around 60 soldiers backed by 14 armoured vehicles at our positions " +
            "south of Pokrovsk. The attack was repelled; nine vehicles were destroyed. #Pokrovsk #68brigade",
            "68th Brigade (Facebook)", AssaultDay) { Medium = "facebook" };
        return d.Event("armed_clash",
            "On Tuesday the enemy threw an assault group of around 60 soldiers backed by 14 armoured vehicles at our positions south of Pokrovsk.",
            Place.Pokrovsk, AssaultDay, d.Figure("around 60 soldiers", "personnel", 60, approximate: true), d.Figure("14 armoured vehicles", "armored_vehicles", 14)).Build();
    }

    /// <summary>A small infiltration attempt in Pokrovsk the same day, written up by a national outlet.</summary>
    public static ExtractOutput Infiltration()
    {
        var d = new DocBuilder(
            "Inside Pokrovsk, a group of 8 Russian infantrymen tried to slip into the railway station district on Tuesday night, " +
            "a spokesman for the Ukrainian grouping told national television. Two of them were taken prisoner.",
            "Donbas Daily", AssaultDay);
        return d.Event("armed_clash",
            "Inside Pokrovsk, a group of 8 Russian infantrymen tried to slip into the railway station district on Tuesday night, a spokesman for the Ukrainian grouping told national television.",
            Place.Pokrovsk, AssaultDay, d.Figure("8 Russian infantrymen", "personnel", 8)).Build();
    }

    public const string ClaimDay1 = "2025-11-20";
    public const string ClaimDay2 = "2025-11-21";

    /// <summary>Russian Defence Ministry: Kupiansk "liberated" (capture asserted, RU), day 1, in Russian.</summary>
    public static ExtractOutput RussianCaptureClaim()
    {
        const string Sentence = "Подразделения группировки войск «Запад» в результате активных действий полностью освободили город Купянск.";
        var d = new DocBuilder(
            "Министерство обороны России сообщило в четверг: " + Sentence + " Противник потерял до 45 военнослужащих.",
            "Vesti Telegram", ClaimDay1, "ru") { Title = "Минобороны: Купянск освобождён", Medium = "telegram" };
        return d.Claim("Russian Defence Ministry", "RU", "capture", "asserts", Place.Kupiansk, Sentence, "full").Build();
    }

    /// <summary>Ukraine's General Staff denies it the next day (capture denied, UA), in Ukrainian.</summary>
    public static ExtractOutput UkrainianDenial()
    {
        const string Sentence = "Генеральний штаб ЗСУ спростовує заяви окупантів про захоплення Куп'янська.";
        var d = new DocBuilder(
            Sentence + " Місто залишається під контролем Сил оборони, тривають зачистки північних околиць.",
            "Ukrinform", ClaimDay2, "uk") { Title = "Генштаб спростовує заяви про Куп'янськ" };
        return d.Claim("General Staff of the Armed Forces of Ukraine", "UA", "capture", "denies", Place.Kupiansk, Sentence).Build();
    }

    /// <summary>A Russian war blogger repeating the capture claim (same side: not a contradiction between them).</summary>
    public static ExtractOutput RussianRepeat()
    {
        const string Sentence = "Купянск полностью под контролем наших войск, над администрацией поднят флаг.";
        var d = new DocBuilder("Военкор сообщает: " + Sentence, "Rybar", ClaimDay1, "ru") { Medium = "telegram" };
        return d.Claim("Rybar", "RU", "control", "asserts", Place.Kupiansk, Sentence, "full").Build();
    }

    public static IReadOnlyList<ExtractOutput> All() =>
    [
        WireStrike(), RepublishedStrike(), DigestStrike(), DroneSameDay(), MechanisedAssault(), Infiltration(),
        RussianCaptureClaim(), UkrainianDenial(), RussianRepeat(),
    ];
}
