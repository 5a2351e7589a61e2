using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quantities.Languages;

/// <summary>Russian quantity vocabulary (inflected nouns as prefixes).</summary>
internal static class RussianQuantities
{
    private static NumberWord C(double v) => new(NumberWordKind.Cardinal, v);

    public static QuantityLanguage Language { get; } = new()
    {
        Code = "ru",
        NumberWords =
        [
            ("один", C(1)), ("одна", C(1)), ("одну", C(1)), ("одно", C(1)), ("одного", C(1)), ("два", C(2)), ("две", C(2)), ("двух", C(2)), ("двое", C(2)),
            ("три", C(3)), ("трех", C(3)), ("трёх", C(3)), ("трое", C(3)), ("четыре", C(4)), ("четырех", C(4)), ("четверо", C(4)),
            ("пять", C(5)), ("пятеро", C(5)), ("шесть", C(6)), ("семь", C(7)), ("восемь", C(8)), ("девять", C(9)), ("десять", C(10)),
            ("одиннадцать", C(11)), ("двенадцать", C(12)), ("пятнадцать", C(15)), ("двадцать", C(20)), ("тридцать", C(30)),
            ("сорок", C(40)), ("пятьдесят", C(50)),
            ("тысяча", new(NumberWordKind.Scale, 1000)), ("тысячи", new(NumberWordKind.Scale, 1000, 9999)), ("тысяч", new(NumberWordKind.Scale, 1000)),
            ("тыс", new(NumberWordKind.Scale, 1000)), ("миллион", new(NumberWordKind.Scale, 1_000_000)), ("миллиона", new(NumberWordKind.Scale, 1_000_000)),
            ("миллионов", new(NumberWordKind.Scale, 1_000_000)),
            ("пяти", C(5)), ("шести", C(6)), ("семи", C(7)), ("восьми", C(8)), ("девяти", C(9)), ("десяти", C(10)),
            ("двадцати", C(20)), ("тридцати", C(30)), ("десяток", C(10)), ("десятка", C(10)),
            ("десятки", new(NumberWordKind.Vague, 20, 99)), ("десятков", new(NumberWordKind.Vague, 20, 99)),
            ("сотни", new(NumberWordKind.Vague, 200, 999)), ("сотен", new(NumberWordKind.Vague, 200, 999)),
        ],
        Nouns =
        [
            ("военнослужащ* военных военные бойц* солдат* оккупант* наемник* боевик*", Units.Personnel),
            ("автомобил* автотехник* грузовик* мотоцикл* автобус* пикап*", Units.Vehicles),
            ("бмп бтр бронетехник* бронемашин*", Units.ArmoredVehicles),
            ("танк*", Units.Tanks),
            ("артиллерийск* артсистем* орудий гаубиц* минометов рсзо", Units.Artillery),
            ("беспилотн* дронов дроны дрона бпла шахед* герани", Units.Drones),
            ("самолет самолета самолетов самолеты самолёт самолёта самолётов самолёты вертолет* вертолёт*", Units.Aircraft),
            ("авиабомб* бомб*", Units.Bombs),
            ("атак* обстрел* штурм* авиаудар* ударов удара удар", Units.Attacks),
            ("столкновен* боестолкновен* боев", Units.Engagements),
            ("населенн* поселк* деревень сел", Units.Settlements),
            ("километр*", Units.DistanceKm),
            ("метр*", QuantityScanner.Metres),
            ("процент*", Units.Percent),
        ],
        People = "человек* пассажир* семей семьи женщин женщины мужчин людей мирных жител* детей ребен* граждан*",
        Casualties =
        [
            ("погиб* погибш* убит* убили", Units.Killed),
            ("ранен* пострадал* пострадавш* контуз* баротравм*", Units.Wounded),
            ("пленн* плен сдался сдались сдалось сдалась", Units.Captured),
            ("пропавш* безвести", Units.Missing),
        ],
        Modifiers =
        [
            ("бронированн* боевых", Units.Vehicles, Units.ArmoredVehicles),
            ("квадратн*", Units.DistanceKm, Units.AreaKm2),
        ],
        Sides = [("российск* оккупант* русск*", "RU"), ("украинск* всу", "UA")],
        Hedges =
        [
            ("около", HedgeKind.Approximately), ("примерно", HedgeKind.Approximately), ("порядка", HedgeKind.Approximately),
            ("приблизительно", HedgeKind.Approximately),
            ("более", HedgeKind.MoreThan), ("более чем", HedgeKind.MoreThan), ("свыше", HedgeKind.MoreThan), ("больше", HedgeKind.MoreThan),
            ("не менее", HedgeKind.AtLeast), ("по меньшей мере", HedgeKind.AtLeast), ("как минимум", HedgeKind.AtLeast),
            ("до", HedgeKind.UpTo), ("почти", HedgeKind.Nearly), ("менее", HedgeKind.LessThan),
        ],
        Singulars = "мужчина женщина ребенок ребёнок военный военнослужащий мирный мальчик девочка",
        Complements = "систем систем* пункт*",
        Stops = "в во на возле под с из и а по от за что которые который около",
        Auxiliaries = "было были был была также еще ещё получили получил получила легко тяжело смертельно",
        NotCounted = "час* минут* дней суток недел* месяц* лет год* раз* рублей руб долларов мм кг килограмм* тонн* ракетонос* корабл* катер* домов дома здани* квартир* строени*",
        Labels = "трасса трассе трассу часть части бригада бригады полк полка батальон",
        ChangeVerbs = "выросло выросла возросло возросла увеличилось увеличилась достигло достигла",
        Repeats = "раз раза",
        AttackVerbs = "атакова* штурмова* наступа* продвинут* прорват* прорвать* обстреля* обстрелива*",
        Multiples = [("дважды", 2), ("трижды", 3)],
        Eliminated = "ликвидирован* ликвидировали уничтожен* уничтожили",
        Losses = "потер*",
        Comparisons = ["самая", "самый", "самой", "рекорд", "ранее", "по сравнению", "вдвое"],
        Populations = "населением населения",
        Inclusions = ["в том числе", "среди них", "из них", "включая"],
    };
}
