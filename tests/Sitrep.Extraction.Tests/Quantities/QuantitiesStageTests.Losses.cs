using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Quantities;

/// <summary>Casualty words around military and single-person counts, loss-table dashes, bounds before "a dozen", measures that are not counts.</summary>
public sealed partial class QuantitiesStageTests
{
    [Theory]
    // personnel counts turned into killed by "eliminated" words, and only personnel
    [InlineData("Результат бою: 11 окупантів ліквідовано, ще 4 поранені.", "11 окупантів", 11.0, null, null, Units.Killed)]
    [InlineData("Знищено 6 окупантів, ще двоє відійшли поранені.", "6 окупантів", 6.0, null, null, Units.Killed)]
    [InlineData("В ходе боя ликвидированы 8 военнослужащих противника.", "8 военнослужащих", 8.0, null, null, Units.Killed)]
    [InlineData("The brigade said 14 Russian soldiers were eliminated near the village.", "14 Russian soldiers", 14.0, null, null, Units.Killed)]
    // surrender and captivity
    [InlineData("Three soldiers were taken prisoner after the assault.", "Three soldiers", 3.0, null, null, Units.Captured)]
    [InlineData("Ще один загарбник здався в полон.", "один загарбник", 1.0, null, null, Units.Captured)]
    [InlineData("Двое военнослужащих сдались в плен у посёлка.", "Двое военнослужащих", 2.0, null, null, Units.Captured)]
    // one person with an adverb or an age before the casualty word
    [InlineData("One man was lightly injured when the drone hit.", "One man", 1.0, null, null, Units.Wounded)]
    [InlineData("Унаслідок удару загинула 68-річна жінка.", "жінка", 1.0, null, null, Units.Killed)]
    [InlineData("При обстреле погибла 70-летняя женщина.", "женщина", 1.0, null, null, Units.Killed)]
    [InlineData("A 67-year-old passenger was wounded by glass.", "passenger", 1.0, null, null, Units.Wounded)]
    // the casualty word before the count with a verb of receiving
    [InlineData("По словам губернатора, ранения получили трое мирных жителей.", "трое мирных жителей", 3.0, null, null, Units.Wounded)]
    [InlineData("Поранення отримали двоє цивільних.", "двоє цивільних", 2.0, null, null, Units.Wounded)]
    // killed and wounded together: personnel losses
    [InlineData("Втрати противника – до 30 осіб убитими та пораненими.", "до 30 осіб", null, null, 30.0, Units.Personnel)]
    [InlineData("Потери противника составили до 40 человек убитыми и ранеными.", "до 40 человек", null, null, 40.0, Units.Personnel)]
    [InlineData("The shelling left 12 civilians killed and wounded in the town.", "12 civilians", 12.0, null, null, Units.Other)]
    [InlineData("Ukrainian troops repelled 16 assaults and killed or wounded about 40 attackers.", "about 40 attackers", 40.0, null, null, Units.Personnel)]
    // bounds and number words
    [InlineData("The blast damaged nearby houses and at least a dozen cars.", "at least a dozen cars", null, 12.0, null, Units.Vehicles)]
    [InlineData("Повреждены несколько домов и не менее десяти автомобилей.", "не менее десяти автомобилей", null, 10.0, null, Units.Vehicles)]
    [InlineData("Уражено танк і близько десятка мотоциклів.", "близько десятка мотоциклів", 10.0, null, null, Units.Vehicles)]
    [InlineData("Between eight and ten municipal buses were damaged.", "Between eight and ten municipal buses", null, 8.0, 10.0, Units.Vehicles)]
    // a strike is counted as an attack even when its adjective names the weapon
    [InlineData("Противник завдав одного ракетного удару із застосуванням трьох ракет.", "одного ракетного удару", 1.0, null, null, Units.Attacks)]
    // repetitions next to an attack verb are attacks
    [InlineData("На Лиманському напрямку ворог 12 разів атакував наші позиції.", "12 разів", 12.0, null, null, Units.Attacks)]
    [InlineData("Від початку місяця Суми атакували дронами вже вісім разів.", "вісім разів", 8.0, null, null, Units.Attacks)]
    [InlineData("Ворог дев'ять разів намагався просунутися біля села.", "дев'ять разів", 9.0, null, null, Units.Attacks)]
    [InlineData("Противник двічі атакував позиції поблизу Андріївки.", "двічі", 2.0, null, null, Units.Attacks)]
    [InlineData("Противник трижды атаковал позиции у села.", "трижды", 3.0, null, null, Units.Attacks)]
    [InlineData("ВСУ 5 раз атаковали позиции у посёлка.", "5 раз", 5.0, null, null, Units.Attacks)]
    [InlineData("Russian troops attacked the village 14 times on Tuesday.", "14 times", 14.0, null, null, Units.Attacks)]
    [InlineData("Ворог зазнав поразки, здійснивши одну спробу наступу.", "одну спробу наступу", 1.0, null, null, Units.Attacks)]
    // a count whose noun follows a second number, and "of the injured"
    [InlineData("The air force said 441 of 476 drones had been shot down.", "441", 441.0, null, null, Units.Drones)]
    [InlineData("Сили ППО збили 89 з 112 дронів.", "89", 89.0, null, null, Units.Drones)]
    [InlineData("Two of the injured are in a serious condition.", "Two of the injured", 2.0, null, null, Units.Wounded)]
    [InlineData("Двоє з поранених перебувають у важкому стані.", "Двоє з поранених", 2.0, null, null, Units.Wounded)]
    // people "with" an injury are wounded
    [InlineData("Ещё двух женщин с баротравмой осмотрели медики на месте.", "двух женщин", 2.0, null, null, Units.Wounded)]
    [InlineData("Two men with shrapnel wounds were taken to hospital.", "Two men", 2.0, null, null, Units.Wounded)]
    [InlineData("Трьох військових з контузіями евакуювали.", "Трьох військових", 3.0, null, null, Units.Wounded)]
    public void Process_CasualtyOrBoundInContext_ReadsUnit(string text, string expected, double? value, double? low, double? high, string unit)
    {
        AssertRead(text, expected, value, low, high, unit);
    }

    [Theory]
    [InlineData("танків ‒ 11 398 (+2) од.", "11 398", 11398.0, Units.Tanks)]
    [InlineData("особового складу ‒ близько 1 185 350 (+1 020) осіб", "близько 1 185 350", 1185350.0, Units.Personnel)]
    [InlineData("бойових броньованих машин ‒ 23 689 (+4) од.", "23 689", 23689.0, Units.ArmoredVehicles)]
    [InlineData("танков ‒ 3 412 (+3) ед.", "3 412", 3412.0, Units.Tanks)]
    [InlineData("автомобільної техніки та автоцистерн ‒ 68 870 (+77) од.", "68 870", 68870.0, Units.Vehicles)]
    public void Process_LossTableWithFigureDash_TakesUnitFromLabel(string text, string expected, double value, string unit)
    {
        var q = Find(Run(text), expected);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(value, q.Value);
    }

    [Theory]
    // a weight is not a count of bombs; a ship is not a missile
    [InlineData("The aircraft dropped a 500 kg KAB on the town.", "")]
    [InlineData("Авіація скинула 250 кг авіабомбу.", "")]
    [InlineData("The fleet kept one missile carrier at sea.", "")]
    [InlineData("Флот вывел в море один ракетоносец.", "")]
    // ... but an armoured personnel carrier is an armoured vehicle
    [InlineData("The drone hit one armoured personnel carrier.", "one armoured personnel carrier:armored_vehicles")]
    // "знищено" turns only military counts into killed: tanks stay tanks, bare counts stay dropped
    [InlineData("Знищено 5 танків.", "5 танків:tanks")]
    [InlineData("Всього летіло 90 дронів, з них знищено 85.", "90 дронів:drones")]
    // "a dozen" without a bound keeps its approximate point value
    [InlineData("A dozen tanks advanced.", "A dozen tanks:tanks")]
    // "taken" to hospital is not "taken prisoner"
    [InlineData("Three soldiers were taken to hospital.", "Three soldiers:personnel")]
    // repetitions without an attack verb are not counted; "twice as many" is no count
    [InlineData("Ми двічі телефонували до адміністрації.", "")]
    [InlineData("The mayor visited the hospital 3 times this week.", "")]
    [InlineData("Russia launched twice as many drones.", "")]
    // "of" before a count of people does not lend them a unit
    [InlineData("Three of 40 residents stayed in the village.", "40 residents:other")]
    // "with" something that is no injury changes nothing
    [InlineData("Двух женщин с детьми эвакуировали.", "Двух женщин:other")]
    [InlineData("Three soldiers with rifles held the bridge.", "Three soldiers:personnel")]
    public void Process_NearMiss_ReadsOnlyThese(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Run(text).Quantities.Select(q => $"{q.Text}:{q.Unit}")));
}
