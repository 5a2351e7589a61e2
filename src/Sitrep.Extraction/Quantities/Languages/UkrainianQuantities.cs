using Sitrep.Core.Model;

namespace Sitrep.Extraction.Quantities.Languages;

/// <summary>Ukrainian quantity vocabulary (inflected nouns as prefixes).</summary>
internal static class UkrainianQuantities
{
    private static NumberWord C(double v) => new(NumberWordKind.Cardinal, v);

    public static QuantityLanguage Language { get; } = new()
    {
        Code = "uk",
        NumberWords =
        [
            ("один", C(1)), ("одна", C(1)), ("одну", C(1)), ("одне", C(1)), ("одного", C(1)), ("два", C(2)), ("дві", C(2)), ("двох", C(2)), ("двоє", C(2)),
            ("три", C(3)), ("трьох", C(3)), ("троє", C(3)), ("чотири", C(4)), ("чотирьох", C(4)), ("четверо", C(4)),
            ("п'ять", C(5)), ("п'ятьох", C(5)), ("п'ятеро", C(5)), ("шість", C(6)), ("шестеро", C(6)), ("сім", C(7)), ("семеро", C(7)),
            ("вісім", C(8)), ("дев'ять", C(9)), ("десять", C(10)), ("одинадцять", C(11)), ("дванадцять", C(12)), ("п'ятнадцять", C(15)),
            ("двадцять", C(20)), ("тридцять", C(30)), ("сорок", C(40)), ("п'ятдесят", C(50)), ("сто", C(100)),
            ("тисяча", new(NumberWordKind.Scale, 1000)), ("тисячі", new(NumberWordKind.Scale, 1000, 9999)), ("тисяч", new(NumberWordKind.Scale, 1000)),
            ("тис", new(NumberWordKind.Scale, 1000)), ("мільйон", new(NumberWordKind.Scale, 1_000_000)), ("мільйона", new(NumberWordKind.Scale, 1_000_000)),
            ("мільйонів", new(NumberWordKind.Scale, 1_000_000)), ("млн", new(NumberWordKind.Scale, 1_000_000)),
            ("десяток", C(10)), ("десятка", C(10)), ("десятки", new(NumberWordKind.Vague, 20, 99)), ("десятків", new(NumberWordKind.Vague, 20, 99)),
            ("сотні", new(NumberWordKind.Vague, 200, 999)), ("сотень", new(NumberWordKind.Vague, 200, 999)),
        ],
        Nouns =
        [
            ("військовослужбовц* військових військові бійц* солдат* окупант* найманц* рашист* загарбник* особового", Units.Personnel),
            ("машин* автомобіл* автотехнік* вантажів* мотоцикл* автобус* пікап*", Units.Vehicles),
            ("ббм бмп бтр бронетехнік* бронемашин*", Units.ArmoredVehicles),
            ("танк*", Units.Tanks),
            ("артилерійськ* артсистем* гармат* гаубиц* мінометів рсзв", Units.Artillery),
            ("безпілотн* дрон* бпла шахед* герань*", Units.Drones),
            ("ракет*", Units.Missiles),
            ("літак* гелікоптер* вертольот*", Units.Aircraft),
            ("бомб* авіабомб* каб кабів кабами", Units.Bombs),
            ("снаряд*", Units.Shells),
            ("атак* обстріл* штурм* авіаудар* нападів ударів удари удару наступу наступів", Units.Attacks),
            ("зіткнен* боєзіткнен* боїв", Units.Engagements),
            ("населен* сіл селищ* сел", Units.Settlements),
            ("км кілометр*", Units.DistanceKm),
            ("метр*", QuantityScanner.Metres),
            ("км²", Units.AreaKm2),
            ("відсот*", Units.Percent),
        ],
        People = "осіб особи родин* пасажир* жінок чоловіків людей людини люди людина цивільн* мирних мешканц* жител* дітей дитин* дитини",
        Casualties =
        [
            ("загинул* загинув загинуло загибл* вбит* вбили убит* загиблих", Units.Killed),
            ("поранен* травмован* постраждал* постраждалих контуз* баротравм*", Units.Wounded),
            ("полонен* полон здався здалися здались здалася", Units.Captured),
            ("зниклих безвісти", Units.Missing),
        ],
        Modifiers =
        [
            ("броньован* бойових", Units.Vehicles, Units.ArmoredVehicles),
            ("кв квадратн*", Units.DistanceKm, Units.AreaKm2),
        ],
        Sides = [("російськ* окупант* рашист* росіян*", "RU"), ("українськ* зсу", "UA")],
        Hedges =
        [
            ("близько", HedgeKind.Approximately), ("приблизно", HedgeKind.Approximately), ("орієнтовно", HedgeKind.Approximately),
            ("понад", HedgeKind.MoreThan), ("більше ніж", HedgeKind.MoreThan), ("більш ніж", HedgeKind.MoreThan), ("більше", HedgeKind.MoreThan),
            ("щонайменше", HedgeKind.AtLeast), ("не менше ніж", HedgeKind.AtLeast), ("не менш ніж", HedgeKind.AtLeast), ("не менше", HedgeKind.AtLeast),
            ("до", HedgeKind.UpTo), ("майже", HedgeKind.Nearly), ("менше ніж", HedgeKind.LessThan), ("менш ніж", HedgeKind.LessThan),
        ],
        Singulars = "чоловік жінка людина дитина військовий військовослужбовець цивільний хлопчик дівчинка",
        Complements = "систем системи системами пункт*",
        Stops = "у в на біля під з із і та й а по від до за що які який яка поблизу внаслідок",
        Auxiliaries = "було були був була також ще отримали отримав отримала легко важко тяжко смертельно",
        NotCounted = "годин* хвилин* днів дні доби тижн* місяц* рок* рік разів рази гривень грн доларів дол євро мм кг кілограм* тонн* ракетонос* кораб* катер* будинк* будівл* квартир* домівок осель",
        Labels = "траса трасі трасу автодорога автодорогу № номер частина частини бригада бригади полк полку батальйон",
        ChangeVerbs = "зросла зросло зріс зросли збільшилася збільшилась збільшилося сягнула сягнуло",
        Repeats = "разів рази раз",
        AttackVerbs = "атакува* атакуват* штурмува* штурмуват* наступа* просунут* прорват* обстріля* обстрілюва*",
        Multiples = [("двічі", 2), ("тричі", 3)],
        Eliminated = "ліквідован* ліквідува* знищен* знищили",
        Losses = "втрат*",
        Comparisons = ["найбільш", "рекорд", "раніше", "порівняно", "вдвічі"],
        Populations = "населенням населення",
        Inclusions = ["зокрема", "серед них", "з них", "у тому числі", "в тому числі"],
    };
}
