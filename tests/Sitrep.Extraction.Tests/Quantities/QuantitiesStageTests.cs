using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Quantities;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Tests.Quantities;

public sealed partial class QuantitiesStageTests
{
    internal static Document Run(string text)
    {
        var doc = new Document(text, new DocumentMetadata { Published = new DateOnly(2025, 12, 11), PublishedFrom = PublishedSource.Argument });
        new TextStage().Process(doc, CancellationToken.None);
        new TimeStage().Process(doc, CancellationToken.None);
        new QuantitiesStage().Process(doc, CancellationToken.None);
        return doc;
    }

    private static QuantityMention Find(Document doc, string expected)
    {
        var q = doc.Quantities.FirstOrDefault(q => q.Text == expected);
        Assert.True(q is not null, $"'{expected}' not found in [{string.Join(" | ", doc.Quantities.Select(x => $"{x.Text}:{x.Unit}"))}]");
        Assert.Equal(doc.Text[q.Span.Start..q.Span.End], q.Text);
        return q;
    }

    /// <summary>The count <paramref name="expected"/> of <paramref name="text"/> is read with this unit, value and bounds.</summary>
    private static void AssertRead(string text, string expected, double? value, double? low, double? high, string unit)
    {
        var q = Find(Run(text), expected);
        Assert.Equal(unit, q.Unit);
        Assert.Equal(value, q.Value);
        Assert.Equal(low, q.Low);
        Assert.Equal(high, q.High);
    }

    [Theory]
    [InlineData("Russia massed 1,500 troops near the town.", "1,500 troops", 1500.0, null, null, false, Units.Personnel, "troops")]
    [InlineData("Around 1 500 troops massed near the border.", "Around 1 500 troops", 1500.0, null, null, true, Units.Personnel, "troops")]
    [InlineData("About 1.5 thousand soldiers were redeployed.", "About 1.5 thousand soldiers", 1500.0, null, null, true, Units.Personnel, "soldiers")]
    [InlineData("Kyiv says Russia lost 156 thousand soldiers this year.", "156 thousand soldiers", 156000.0, null, null, false, Units.Personnel, "soldiers")]
    [InlineData("Officials estimated 1.2 million shells were fired.", "1.2 million shells", 1200000.0, null, null, false, Units.Shells, null)]
    [InlineData("Near the town there are 12,000 servicemen.", "12,000 servicemen", 12000.0, null, null, false, Units.Personnel, "servicemen")]
    [InlineData("Some 2,000 residents were evacuated from the area.", "Some 2,000 residents", 2000.0, null, null, true, Units.Other, "residents")]
    [InlineData("An estimated 4,000 troops took part.", "An estimated 4,000 troops", 4000.0, null, null, true, Units.Personnel, "troops")]
    [InlineData("Roughly 80 missiles were launched.", "Roughly 80 missiles", 80.0, null, null, true, Units.Missiles, null)]
    [InlineData("Russia fired about 30 missiles.", "about 30 missiles", 30.0, null, null, true, Units.Missiles, null)]
    [InlineData("Russia fired reportedly 30 drones.", "reportedly 30 drones", 30.0, null, null, true, Units.Drones, null)]
    [InlineData("At least 200 drones were launched.", "At least 200 drones", null, 200.0, null, false, Units.Drones, null)]
    [InlineData("Up to 1,500 troops could be involved.", "Up to 1,500 troops", null, null, 1500.0, false, Units.Personnel, "troops")]
    [InlineData("More than 40 missiles hit the grid.", "More than 40 missiles", null, 40.0, null, true, Units.Missiles, null)]
    [InlineData("Russia launched over 30 Shaheds.", "over 30 Shaheds", null, 30.0, null, true, Units.Drones, null)]
    [InlineData("Nearly 90 drones were shot down.", "Nearly 90 drones", null, null, 90.0, true, Units.Drones, null)]
    [InlineData("Almost 50 settlements lost power.", "Almost 50 settlements", null, null, 50.0, true, Units.Settlements, null)]
    [InlineData("Fewer than 10 tanks took part.", "Fewer than 10 tanks", null, null, 10.0, true, Units.Tanks, null)]
    [InlineData("As many as 300 drones may be launched.", "As many as 300 drones", null, null, 300.0, false, Units.Drones, null)]
    [InlineData("One or two vehicles are seen each day.", "One or two vehicles", null, 1.0, 2.0, false, Units.Vehicles, null)]
    [InlineData("Two to three tanks led each assault.", "Two to three tanks", null, 2.0, 3.0, false, Units.Tanks, null)]
    [InlineData("The column had 1,000-1,500 troops.", "1,000-1,500 troops", null, 1000.0, 1500.0, false, Units.Personnel, "troops")]
    [InlineData("Between 10 and 20 drones flew towards the city.", "Between 10 and 20 drones", null, 10.0, 20.0, false, Units.Drones, null)]
    [InlineData("Around 2-3 thousand troops gathered.", "Around 2-3 thousand troops", null, 2000.0, 3000.0, true, Units.Personnel, "troops")]
    [InlineData("Dozens of drones attacked Odesa.", "Dozens of drones", null, 24.0, 99.0, true, Units.Drones, null)]
    [InlineData("Hundreds of soldiers were redeployed.", "Hundreds of soldiers", null, 200.0, 999.0, true, Units.Personnel, "soldiers")]
    [InlineData("Thousands of residents fled.", "Thousands of residents", null, 2000.0, 9999.0, true, Units.Other, "residents")]
    [InlineData("A dozen tanks advanced on the village.", "A dozen tanks", 12.0, null, null, true, Units.Tanks, null)]
    [InlineData("Twenty-five drones were shot down.", "Twenty-five drones", 25.0, null, null, false, Units.Drones, null)]
    [InlineData("Four civilians were killed in the strike.", "Four civilians", 4.0, null, null, false, Units.Killed, "civilians")]
    [InlineData("The strike killed 3 people in Kharkiv.", "3 people", 3.0, null, null, false, Units.Killed, "people")]
    [InlineData("The death toll rose to 12, the governor said.", "12", 12.0, null, null, false, Units.Killed, null)]
    [InlineData("Ukraine death toll rises to 28, the ministry says.", "28", 28.0, null, null, false, Units.Killed, null)]
    [InlineData("Fresh fighting kills five in the east.", "five", 5.0, null, null, false, Units.Killed, null)]
    [InlineData("Twelve were killed, officials said.", "Twelve", 12.0, null, null, false, Units.Killed, null)]
    [InlineData("Two militiamen die in shelling.", "Two militiamen", 2.0, null, null, false, Units.Killed, "militiamen")]
    [InlineData("The blast ripped through the market, killing at least 12 people.", "at least 12 people", null, 12.0, null, false, Units.Killed, "people")]
    [InlineData("Seven people were injured, the police said.", "Seven people", 7.0, null, null, false, Units.Wounded, "people")]
    [InlineData("The strike wounded 14, including two children.", "14", 14.0, null, null, false, Units.Wounded, null)]
    [InlineData("3 Russian soldiers were captured near the village.", "3 Russian soldiers", 3.0, null, null, false, Units.Captured, "Russian soldiers", "RU")]
    [InlineData("Two Ukrainian soldiers are missing after the assault.", "Two Ukrainian soldiers", 2.0, null, null, false, Units.Missing, "Ukrainian soldiers", "UA")]
    [InlineData("Russia says it took 5 prisoners.", "5 prisoners", 5.0, null, null, false, Units.Captured, null)]
    [InlineData("12 dead after the missile strike.", "12 dead", 12.0, null, null, false, Units.Killed, null)]
    [InlineData("5 armoured vehicles were destroyed.", "5 armoured vehicles", 5.0, null, null, false, Units.ArmoredVehicles, null)]
    [InlineData("12 armored personnel carriers were seen.", "12 armored personnel carriers", 12.0, null, null, false, Units.ArmoredVehicles, null)]
    [InlineData("The brigade destroyed three APCs.", "three APCs", 3.0, null, null, false, Units.ArmoredVehicles, null)]
    [InlineData("Drones hit two BMPs.", "two BMPs", 2.0, null, null, false, Units.ArmoredVehicles, null)]
    [InlineData("The enemy lost 7 tanks.", "7 tanks", 7.0, null, null, false, Units.Tanks, null)]
    [InlineData("The enemy lost 14 artillery systems.", "14 artillery systems", 14.0, null, null, false, Units.Artillery, null)]
    [InlineData("Crews destroyed 6 howitzers.", "6 howitzers", 6.0, null, null, false, Units.Artillery, null)]
    [InlineData("The enemy lost 4 MLRS.", "4 MLRS", 4.0, null, null, false, Units.Artillery, null)]
    [InlineData("Russia launched 48 Shahed drones.", "48 Shahed drones", 48.0, null, null, false, Units.Drones, null)]
    [InlineData("Air defence downed 20 UAVs.", "20 UAVs", 20.0, null, null, false, Units.Drones, null)]
    [InlineData("Russia fired 3 cruise missiles.", "3 cruise missiles", 3.0, null, null, false, Units.Missiles, null)]
    [InlineData("Two Su-34 jets were shot down.", "Two Su-34 jets", 2.0, null, null, false, Units.Aircraft, null)]
    [InlineData("Russia lost 8 helicopters.", "8 helicopters", 8.0, null, null, false, Units.Aircraft, null)]
    [InlineData("There were 42 combat engagements.", "42 combat engagements", 42.0, null, null, false, Units.Engagements, null)]
    [InlineData("The report lists 45 clashes.", "45 clashes", 45.0, null, null, false, Units.Engagements, null)]
    [InlineData("Russia captured 400 square kilometres.", "400 square kilometres", 400.0, null, null, false, Units.AreaKm2, null)]
    [InlineData("Troops advanced 2 km south of the town.", "2 km", 2.0, null, null, false, Units.DistanceKm, null)]
    [InlineData("Troops advanced 10 kilometres.", "10 kilometres", 10.0, null, null, false, Units.DistanceKm, null)]
    [InlineData("Russia seized 25 km² this week.", "25 km²", 25.0, null, null, false, Units.AreaKm2, null)]
    [InlineData("Russia seized 25 sq km this week.", "25 sq km", 25.0, null, null, false, Units.AreaKm2, null)]
    [InlineData("Russia dropped 15 glide bombs.", "15 glide bombs", 15.0, null, null, false, Units.Bombs, null)]
    [InlineData("Russia dropped 30 KABs on the city.", "30 KABs", 30.0, null, null, false, Units.Bombs, null)]
    [InlineData("Russia fired 1,200 shells.", "1,200 shells", 1200.0, null, null, false, Units.Shells, null)]
    [InlineData("Russia fired 300 rounds.", "300 rounds", 300.0, null, null, false, Units.Shells, null)]
    [InlineData("The enemy made 57 attacks.", "57 attacks", 57.0, null, null, false, Units.Attacks, null)]
    [InlineData("Turnout fell to 40% this year.", "40%", 40.0, null, null, false, Units.Percent, null)]
    [InlineData("About 40% of the residents left.", "About 40%", 40.0, null, null, true, Units.Percent, null)]
    [InlineData("Prices rose 12 percent.", "12 percent", 12.0, null, null, false, Units.Percent, null)]
    [InlineData("Prices rose 12 per cent.", "12 per cent", 12.0, null, null, false, Units.Percent, null)]
    [InlineData("Russia lost more than 1,000 Russian troops.", "more than 1,000 Russian troops", null, 1000.0, null, true, Units.Personnel, "Russian troops", "RU")]
    [InlineData("Russia lost 250 occupiers.", "250 occupiers", 250.0, null, null, false, Units.Personnel, "occupiers", "RU")]
    [InlineData("Russia launched 653 drones and 51 missiles.", "51 missiles", 51.0, null, null, false, Units.Missiles, null)]
    [InlineData("Crews destroyed 3 trucks.", "3 trucks", 3.0, null, null, false, Units.Vehicles, null)]
    [InlineData("Ukraine retook 3 villages.", "3 villages", 3.0, null, null, false, Units.Settlements, null)]
    [InlineData("Russia dropped 12 guided bombs.", "12 guided bombs", 12.0, null, null, false, Units.Bombs, null)]
    [InlineData("The town was hit by 1.5k shells.", "1.5k shells", 1500.0, null, null, false, Units.Shells, null)]
    public void Process_EnglishQuantity_ReadsValueAndUnit(string text, string expected, double? value, double? low, double? high, bool approximate, string unit, string? subject, string? side = null)
    {
        var q = Find(Run(text), expected);
        Assert.Equal((value, low, high, approximate, unit, subject, side), (q.Value, q.Low, q.High, q.Approximate, q.Unit, q.Subject, q.Side));
    }

    [Theory]
    [InlineData("Загалом близько 1,5 тис. військовослужбовців.", "близько 1,5 тис. військовослужбовців", 1500.0, null, null, true, Units.Personnel, "військовослужбовців")]
    [InlineData("Ворог втратив понад 200 окупантів.", "понад 200 окупантів", null, 200.0, null, true, Units.Personnel, "окупантів", "RU")]
    [InlineData("Противник потерял до 1500 военнослужащих.", "до 1500 военнослужащих", null, null, 1500.0, false, Units.Personnel, "военнослужащих")]
    [InlineData("Відбулося 165 бойових зіткнень.", "165 бойових зіткнень", 165.0, null, null, false, Units.Engagements, null)]
    [InlineData("Знищено 5 танків.", "5 танків", 5.0, null, null, false, Units.Tanks, null)]
    [InlineData("Знищено 20 бойових броньованих машин.", "20 бойових броньованих машин", 20.0, null, null, false, Units.ArmoredVehicles, null)]
    [InlineData("Знищено 38 артилерійських систем.", "38 артилерійських систем", 38.0, null, null, false, Units.Artillery, null)]
    [InlineData("Збито 140 безпілотників.", "140 безпілотників", 140.0, null, null, false, Units.Drones, null)]
    [InlineData("Збито 14 ударних БпЛА.", "14 ударних БпЛА", 14.0, null, null, false, Units.Drones, null)]
    [InlineData("Збито 3 крилаті ракети.", "3 крилаті ракети", 3.0, null, null, false, Units.Missiles, null)]
    [InlineData("Знищено 2 вертольоти.", "2 вертольоти", 2.0, null, null, false, Units.Aircraft, null)]
    [InlineData("Знищено 5 автомобілів.", "5 автомобілів", 5.0, null, null, false, Units.Vehicles, null)]
    [InlineData("Ворог скинув 7 КАБ.", "7 КАБ", 7.0, null, null, false, Units.Bombs, null)]
    [InlineData("Ворог скинув 40 керованих авіабомб.", "40 керованих авіабомб", 40.0, null, null, false, Units.Bombs, null)]
    [InlineData("Особового складу – близько 1020 осіб.", "близько 1020 осіб", 1020.0, null, null, true, Units.Personnel, null)]
    [InlineData("Танків — 5.", "5", 5.0, null, null, false, Units.Tanks, null)]
    [InlineData("Загинули 3 людини, ще 11 поранені.", "3 людини", 3.0, null, null, false, Units.Killed, "людини")]
    [InlineData("Двоє людей загинули внаслідок удару.", "Двоє людей", 2.0, null, null, false, Units.Killed, "людей")]
    [InlineData("Поранено 7 мирних жителів.", "7 мирних жителів", 7.0, null, null, false, Units.Wounded, "мирних жителів")]
    [InlineData("Ворог звільнив 12 населених пунктів.", "12 населених пунктів", 12.0, null, null, false, Units.Settlements, null)]
    [InlineData("Ворог зосередив близько 1,5 тисячі військових.", "близько 1,5 тисячі військових", 1500.0, null, null, true, Units.Personnel, "військових")]
    [InlineData("Ворог зосередив понад 150 тис. військовослужбовців.", "понад 150 тис. військовослужбовців", null, 150000.0, null, true, Units.Personnel, "військовослужбовців")]
    [InlineData("Ворог втратив десятки окупантів.", "десятки окупантів", null, 20.0, 99.0, true, Units.Personnel, "окупантів", "RU")]
    [InlineData("Ворог провів щонайменше 10 атак.", "щонайменше 10 атак", null, 10.0, null, false, Units.Attacks, null)]
    [InlineData("Ворог провів майже 30 атак.", "майже 30 атак", null, null, 30.0, true, Units.Attacks, null)]
    [InlineData("Сили просунулися приблизно на 2 км.", "2 км", 2.0, null, null, false, Units.DistanceKm, null)]
    [InlineData("Окуповано 50 кв. км території.", "50 кв. км", 50.0, null, null, false, Units.AreaKm2, null)]
    [InlineData("Окуповано 20 квадратних кілометрів.", "20 квадратних кілометрів", 20.0, null, null, false, Units.AreaKm2, null)]
    [InlineData("Явка склала 15 відсотків.", "15 відсотків", 15.0, null, null, false, Units.Percent, null)]
    [InlineData("Кількість загиблих зросла до 9.", "9", 9.0, null, null, false, Units.Killed, null)]
    [InlineData("Погибли 4 человека.", "4 человека", 4.0, null, null, false, Units.Killed, "человека")]
    [InlineData("Ранены 6 человек.", "6 человек", 6.0, null, null, false, Units.Wounded, "человек")]
    [InlineData("В районе находятся 30 военных.", "30 военных", 30.0, null, null, false, Units.Personnel, "военных")]
    [InlineData("Противник потерял сотни военных.", "сотни военных", null, 200.0, 999.0, true, Units.Personnel, "военных")]
    [InlineData("ПВО сбила около 300 беспилотников.", "около 300 беспилотников", 300.0, null, null, true, Units.Drones, null)]
    [InlineData("Выпущено более 40 ракет.", "более 40 ракет", null, 40.0, null, true, Units.Missiles, null)]
    [InlineData("Отражено свыше 20 атак.", "свыше 20 атак", null, 20.0, null, true, Units.Attacks, null)]
    [InlineData("Уничтожено не менее 5 танков.", "не менее 5 танков", null, 5.0, null, false, Units.Tanks, null)]
    [InlineData("Выпущено почти 100 снарядов.", "почти 100 снарядов", null, null, 100.0, true, Units.Shells, null)]
    [InlineData("Уничтожено 12 украинских танков.", "12 украинских танков", 12.0, null, null, false, Units.Tanks, null, "UA")]
    [InlineData("Освобождены 3 населенных пункта.", "3 населенных пункта", 3.0, null, null, false, Units.Settlements, null)]
    [InlineData("Сбиты 2 самолета.", "2 самолета", 2.0, null, null, false, Units.Aircraft, null)]
    [InlineData("Збито десятки дронів.", "десятки дронів", null, 20.0, 99.0, true, Units.Drones, null)]
    public void Process_UkrainianOrRussianQuantity_ReadsValueAndUnit(string text, string expected, double? value, double? low, double? high, bool approximate, string unit, string? subject, string? side = null)
    {
        var q = Find(Run(text), expected);
        Assert.Equal((value, low, high, approximate, unit, subject, side), (q.Value, q.Low, q.High, q.Approximate, q.Unit, q.Subject, q.Side));
    }
}
