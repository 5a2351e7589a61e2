using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quantities.Languages;

/// <summary>English quantity vocabulary.</summary>
internal static class EnglishQuantities
{
    private static NumberWord C(double v) => new(NumberWordKind.Cardinal, v);

    public static QuantityLanguage Language { get; } = new()
    {
        Code = "en",
        NumberWords =
        [
            ("one", C(1)), ("two", C(2)), ("three", C(3)), ("four", C(4)), ("five", C(5)), ("six", C(6)), ("seven", C(7)),
            ("eight", C(8)), ("nine", C(9)), ("ten", C(10)), ("eleven", C(11)), ("twelve", C(12)), ("thirteen", C(13)),
            ("fourteen", C(14)), ("fifteen", C(15)), ("sixteen", C(16)), ("seventeen", C(17)), ("eighteen", C(18)),
            ("nineteen", C(19)), ("twenty", C(20)), ("thirty", C(30)), ("forty", C(40)), ("fifty", C(50)), ("sixty", C(60)),
            ("seventy", C(70)), ("eighty", C(80)), ("ninety", C(90)), ("dozen", C(12)),
            ("hundred", new(NumberWordKind.Scale, 100)), ("thousand", new(NumberWordKind.Scale, 1000)),
            ("million", new(NumberWordKind.Scale, 1_000_000)), ("billion", new(NumberWordKind.Scale, 1_000_000_000)),
            ("k", new(NumberWordKind.Scale, 1000)), ("mln", new(NumberWordKind.Scale, 1_000_000)),
            ("dozens", new(NumberWordKind.Vague, 24, 99)), ("scores", new(NumberWordKind.Vague, 40, 99)),
            ("hundreds", new(NumberWordKind.Vague, 200, 999)), ("thousands", new(NumberWordKind.Vague, 2000, 9999)),
            ("tens", new(NumberWordKind.Vague, 20, 99)),
        ],
        Nouns =
        [
            ("troops soldiers soldier servicemen serviceman servicemembers personnel fighters militants militiamen militias rebels separatists mercenaries marines paratroopers conscripts occupiers invaders attackers assailants infantry infantrymen infantryman riflemen stormtroopers", Units.Personnel),
            ("vehicles vehicle trucks cars lorries pickups buses bus motorcycles motorbikes buggies buggy quadbikes atvs", Units.Vehicles),
            ("carriers apcs apc ifvs ifv bmps bmp btrs btr afvs mraps", Units.ArmoredVehicles),
            ("tanks tank", Units.Tanks),
            ("artillery guns howitzers howitzer mortars mlrs launchers", Units.Artillery),
            ("drones drone uavs uav shaheds shahed gerans lancets", Units.Drones),
            ("missiles missile rockets rocket iskanders", Units.Missiles),
            ("aircraft planes jets helicopters warplanes bombers", Units.Aircraft),
            ("bombs bomb kabs kab", Units.Bombs),
            ("shells shell rounds projectiles", Units.Shells),
            ("attacks attack strikes strike assaults assault airstrikes shellings raids", Units.Attacks),
            ("engagements clashes battles firefights skirmishes", Units.Engagements),
            ("settlements villages towns hamlets localities", Units.Settlements),
            ("km kilometres kilometers kilometre kilometer", Units.DistanceKm),
            ("metres meters metre meter", QuantityScanner.Metres),
            ("km2 km²", Units.AreaKm2),
            ("percent % pct", Units.Percent),
        ],
        People = "people civilians civilian residents children persons person women men man woman households families consumers villagers passengers workers medics journalists volunteers teenagers teens students pupils spectators fans members",
        Casualties =
        [
            ("killed killing kill kills dead deaths die dies died fatalities toll", Units.Killed),
            ("wounded wounding injured injuring injuries hurt wounds concussion concussions", Units.Wounded),
            ("captured capturing prisoners prisoner pows captives surrendered", Units.Captured),
            ("missing", Units.Missing),
        ],
        Modifiers =
        [
            ("armoured armored", Units.Vehicles, Units.ArmoredVehicles),
            ("unmanned", Units.Vehicles, Units.Drones),
            ("square sq", Units.DistanceKm, Units.AreaKm2),
        ],
        Sides = [("russian russia's occupiers invaders", "RU"), ("ukrainian ukraine's", "UA")],
        Hedges =
        [
            ("about", HedgeKind.Approximately), ("around", HedgeKind.Approximately), ("roughly", HedgeKind.Approximately),
            ("approximately", HedgeKind.Approximately), ("approx", HedgeKind.Approximately), ("some", HedgeKind.Approximately),
            ("an estimated", HedgeKind.Approximately), ("reportedly", HedgeKind.Approximately),
            ("at least", HedgeKind.AtLeast), ("no fewer than", HedgeKind.AtLeast), ("no less than", HedgeKind.AtLeast),
            ("more than", HedgeKind.MoreThan), ("over", HedgeKind.MoreThan), ("in excess of", HedgeKind.MoreThan),
            ("upwards of", HedgeKind.MoreThan), ("above", HedgeKind.MoreThan),
            ("up to", HedgeKind.UpTo), ("as many as", HedgeKind.UpTo),
            ("nearly", HedgeKind.Nearly), ("almost", HedgeKind.Nearly), ("close to", HedgeKind.Nearly), ("just under", HedgeKind.Nearly),
            ("fewer than", HedgeKind.LessThan), ("less than", HedgeKind.LessThan), ("under", HedgeKind.LessThan),
        ],
        Singulars = "man woman passenger driver pensioner teenager civilian soldier serviceman servicewoman boy girl child resident person fighter militiaman volunteer medic policeman officer",
        Complements = "systems pieces",
        Stops = "of in on at near from to by with and or that which who for as after during into across along outside inside around were was have has had are is",
        Auxiliaries = "were was have has had been being are is reportedly also all later taken lightly slightly seriously severely critically badly mortally fatally",
        NotCounted = "hours hour days day weeks week months month years year minutes minute seconds times o'clock am pm gmt utc hrs dollars euros pounds hryvnias rubles roubles usd uah eur mm miles m kg kilograms kilogram tonnes tonne tons lb carrier ship ships vessel vessels boat boats cruiser frigate frigates corvette corvettes submarine submarines houses house homes buildings building apartments flats",
        Labels = "route road highway motorway no number # № article resolution section part page flight unit corps brigade regiment battalion division",
        ChangeVerbs = "rose rises rise risen increased climbed climbs reached reaches grew jumped stands stood",
        Repeats = "times",
        AttackVerbs = "attacked assaulted stormed attacking assaulting storming advance storm attack assault break shelled",
        Attempts = "attempts attempt tries",
        Multiples = [("twice", 2), ("thrice", 3)],
        Eliminated = "eliminated neutralised neutralized",
        Losses = "losses",
        Comparisons = ["the largest", "the biggest", "the highest", "the most", "a record", "record", "previously", "compared with", "compared to", "up from", "down from", "so far", "twice as"],
        Populations = "population city town village",
        Inclusions = ["including", "among them", "among whom", "of whom"],
    };
}
