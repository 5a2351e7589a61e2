using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Quantities;

/// <summary>Infantry groups, dozens on both ends of a range, drones called vehicles, table rows, counts inside a casualty count, one person after a participle.</summary>
public sealed partial class QuantitiesStageTests
{
    [Theory]
    // infantry is personnel, a range of number words included
    [InlineData("Groups of three to six infantrymen try to slip past our positions at night.", "three to six infantrymen", null, 3.0, 6.0, Units.Personnel)]
    [InlineData("Commanders believe the enemy has brought up to 2,000 infantry to the river.", "up to 2,000 infantry", null, null, 2000.0, Units.Personnel)]
    // "dozen" after the second number scales both ends
    [InlineData("Drone video shows two or three dozen soldiers crossing the field.", "two or three dozen soldiers", null, 24.0, 36.0, Units.Personnel)]
    [InlineData("A patrol spotted one or two soldiers near the bridge.", "one or two soldiers", null, 1.0, 2.0, Units.Personnel)]
    [InlineData("Scouts counted two or three tanks near the bridge.", "two or three tanks", null, 2.0, 3.0, Units.Tanks)]
    // light vehicles of assault groups
    [InlineData("The brigade hit 5 motorcycles and 3 buggies on the road.", "3 buggies", 3.0, null, null, Units.Vehicles)]
    // "unmanned" turns vehicles into drones, "armoured" still makes them armoured vehicles
    [InlineData("Air defences brought down 140 unmanned aerial vehicles overnight.", "140 unmanned aerial vehicles", 140.0, null, null, Units.Drones)]
    [InlineData("The column included 12 armoured vehicles.", "12 armoured vehicles", 12.0, null, null, Units.ArmoredVehicles)]
    [InlineData("Shelling damaged 20 vehicles in the car park.", "20 vehicles", 20.0, null, null, Units.Vehicles)]
    // a loss-table row is headed by its first noun; the row before it does not leak in
    [InlineData("tanks - 11,300 (+5) vehicles and fuel tanks - 70,100 (+60)", "70,100", 70100.0, null, null, Units.Vehicles)]
    [InlineData("tanks - 11,300 (+5) vehicles and fuel tanks - 70,100 (+60)", "11,300", 11300.0, null, null, Units.Tanks)]
    [InlineData("танки — 11300, автомобили и бензовозы — 70100", "70100", 70100.0, null, null, Units.Vehicles)]
    // a vague count "of them" takes the casualty word after the pronoun
    [InlineData("The governor said dozens of them had been killed in the village.", "dozens", null, 24.0, 99.0, Units.Killed)]
    [InlineData("Hundreds of them were wounded during the assault.", "Hundreds", null, 200.0, 999.0, Units.Wounded)]
    // a count of people inside a casualty count shares its unit
    [InlineData("Nine people were wounded, including two children.", "two children", 2.0, null, null, Units.Wounded)]
    [InlineData("Four civilians were killed, among them three women.", "three women", 3.0, null, null, Units.Killed)]
    [InlineData("Поранено 7 людей, зокрема двох дітей.", "двох дітей", 2.0, null, null, Units.Wounded)]
    [InlineData("Ранения получили пять человек, в том числе трое детей.", "трое детей", 3.0, null, null, Units.Wounded)]
    // one person after a participle, with an article or an age between
    [InlineData("A drone hit a pickup near the village, wounding the driver.", "driver", 1.0, null, null, Units.Wounded)]
    [InlineData("Shrapnel hit the yard, lightly wounding a 52-year-old man.", "man", 1.0, null, null, Units.Wounded)]
    [InlineData("The explosion killed a 61-year-old pensioner on Tuesday.", "pensioner", 1.0, null, null, Units.Killed)]
    // the size of a population is a count of people
    [InlineData("The town, which had a pre-war population of about 45,000, is now almost empty.", "about 45,000", 45000.0, null, null, Units.Other)]
    [InlineData("Kherson, a city of 280,000 before the invasion, is shelled daily.", "280,000", 280000.0, null, null, Units.Other)]
    [InlineData("Місто з населенням близько 60 тисяч щодня під обстрілами.", "близько 60 тисяч", 60000.0, null, null, Units.Other)]
    [InlineData("Посёлок с населением около 9 тысяч остался без света.", "около 9 тысяч", 9000.0, null, null, Units.Other)]
    // people words beyond civilians, and a single rocket
    [InlineData("Police say the fire was set by two teenagers from the district.", "two teenagers", 2.0, null, null, Units.Other)]
    [InlineData("About 3,000 spectators were moved to shelters during the alert.", "About 3,000 spectators", 3000.0, null, null, Units.Other)]
    [InlineData("Air defences shot down three guided bombs and one HIMARS rocket.", "one HIMARS rocket", 1.0, null, null, Units.Missiles)]
    // metres are reported in kilometres
    [InlineData("The mine went off around 300 metres from the tree line.", "around 300 metres", 0.3, null, null, Units.DistanceKm)]
    [InlineData("Visibility was under 100 metres at dawn.", "under 100 metres", null, null, 0.1, Units.DistanceKm)]
    [InlineData("Снаряд впав за 500 метрів від школи.", "500 метрів", 0.5, null, null, Units.DistanceKm)]
    [InlineData("Обломки упали в 200 метрах от дома.", "200 метрах", 0.2, null, null, Units.DistanceKm)]
    // tries at an attack are attacks
    [InlineData("Near the bridge the enemy made two unsuccessful attempts to advance.", "two unsuccessful attempts", 2.0, null, null, Units.Attacks)]
    [InlineData("The enemy made 3 attempts to storm the village.", "3 attempts", 3.0, null, null, Units.Attacks)]
    public void Process_GroupOrInclusion_ReadsUnitAndValue(string text, string expected, double? value, double? low, double? high, string unit)
    {
        AssertRead(text, expected, value, low, high, unit);
    }

    [Theory]
    // people next to a count that is not of casualties keep no casualty unit
    [InlineData("Nine people were evacuated, including two children.", "two children", Units.Other)]
    [InlineData("The shelter holds 40 people, including 12 children.", "12 children", Units.Other)]
    [InlineData("Евакуйовано 7 людей, зокрема двох дітей.", "двох дітей", Units.Other)]
    public void Process_InclusionWithoutCasualty_KeepsOwnUnit(string text, string expected, string unit) =>
        Assert.Equal(unit, Find(Run(text), expected).Unit);

    [Theory]
    // a person named after an article is no casualty without a casualty word next to it
    [InlineData("The driver of the truck was not hurt.")]
    [InlineData("Police stopped the driver at a checkpoint.")]
    // "of them" with no casualty word counts nothing
    [InlineData("Dozens of them gathered at the station.")]
    // a bare number after other nouns with "of" is no head count
    [InlineData("A flat of 60 square metres was damaged.")]
    [InlineData("Winds of up to 20 metres per second are forecast.")]
    [InlineData("The convoy moved at 40 km/h.")]
    [InlineData("Two attempts to reach the mayor failed.")]
    [InlineData("The budget of 2026 was approved.")]
    public void Process_PersonWithoutCasualty_FindsNoQuantity(string text) =>
        Assert.Empty(Run(text).Quantities);
}
