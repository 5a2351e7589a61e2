using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Quantities;

public sealed partial class QuantitiesStageTests
{
    [Theory]
    [InlineData("The 7th Rapid Response Corps said its position held.")]
    [InlineData("Fighters of the 425th regiment advanced.")]
    [InlineData("The 3rd brigade held the line.")]
    [InlineData("The 155th brigade was moved north.")]
    [InlineData("The war has gone on since 2014.")]
    [InlineData("Prices have risen since 2022.")]
    [InlineData("The sirens sounded at 05:40.")]
    [InlineData("Traffic on Route 15 was closed.")]
    [InlineData("A drone hit the H-20 highway.")]
    [InlineData("On December 11 the strike hit the port.")]
    [InlineData("Report dated 11.12.2025 from the staff.")]
    [InlineData("Report dated 2025-12-11 from the staff.")]
    [InlineData("A 24-year-old man was detained.")]
    [InlineData("Shelling went on for 3 hours.")]
    [InlineData("The siege lasted 7 days.")]
    [InlineData("Two days ago the depot burned.")]
    [InlineData("The 2022 invasion changed the region.")]
    [InlineData("The fund pledged $1.5 million in aid.")]
    [InlineData("Бійці 3-ї штурмової бригади відбили атаку.")]
    [InlineData("Бійці 47-ї бригади тримають позиції.")]
    [InlineData("Удар по трасі М-03 зупинив рух.")]
    [InlineData("The order No. 5 was signed.")]
    [InlineData("Brigade 47 reported heavy fighting.")]
    [InlineData("One of the villages was shelled.")]
    [InlineData("The crews fire 155 mm rounds.")]
    [InlineData("The crews fire 155mm rounds.")]
    [InlineData("The attack began at 5 pm.")]
    [InlineData("In 2024 the town fell.")]
    [InlineData("Обстріл тривав 3 години.")]
    [InlineData("Сирени лунали о 05:40.")]
    [InlineData("Это случилось 11 декабря.")]
    [InlineData("Підрозділ військова частина А4567 звітує.")]
    public void Process_NotACount_FindsNoQuantity(string text)
    {
        var doc = Run(text);
        Assert.True(doc.Quantities.Count == 0, string.Join(" | ", doc.Quantities.Select(q => $"{q.Text}:{q.Unit}")));
    }

    [Fact]
    public void Process_RunTwice_SameTimesAndQuantities()
    {
        var doc = Run("Overnight Russia launched 80 drones; two people were killed on Wednesday.");
        var times = doc.Times.ToList();
        var quantities = doc.Quantities.ToList();
        new Sitrep.Extraction.Time.TimeStage().Process(doc, CancellationToken.None);
        new Sitrep.Extraction.Quantities.QuantitiesStage().Process(doc, CancellationToken.None);
        Assert.Equal(times, doc.Times);
        Assert.Equal(quantities, doc.Quantities);
        Assert.Equal(2, doc.Times.Count);
        Assert.Equal(2, doc.Quantities.Count);
    }

    [Fact]
    public void Process_KilledAndWounded_TwoQuantities()
    {
        var doc = Run("Four civilians were killed and 11 wounded in the strike on Kherson.");
        Assert.Collection(doc.Quantities,
            q => Assert.Equal(("Four civilians", 4.0, Units.Killed, "civilians"), (q.Text, q.Value!.Value, q.Unit, q.Subject)),
            q => Assert.Equal(("11 wounded", 11.0, Units.Wounded, (string?)null), (q.Text, q.Value!.Value, q.Unit, q.Subject)));
    }

    [Fact]
    public void Process_Comparison_KeptAsNote()
    {
        var doc = Run("Russia launched 653 drones overnight, the largest such attack so far.");
        var q = Assert.Single(doc.Quantities);
        Assert.Equal("the largest such attack so far", q.Note);
    }

    [Fact]
    public void Process_PreviousLevel_KeptAsNote()
    {
        var doc = Run("Now up to 20 vehicles join each assault, previously one or two vehicles.");
        Assert.Equal("previously one or two vehicles", doc.Quantities[0].Note);
        Assert.Equal((1.0, 2.0), (doc.Quantities[1].Low!.Value, doc.Quantities[1].High!.Value));
    }

    [Fact]
    public void Process_GeneralStaffSummary_ReadsTheLossTable()
    {
        const string text = "Загальні бойові втрати противника орієнтовно склали:\n" +
            "особового складу – близько 1 187 890 (+1020) осіб\n" +
            "танків – 11 345 (+5) од.\n" +
            "бойових броньованих машин – 23 561 (+4) од.\n" +
            "артилерійських систем – 34 877 (+38) од.";
        var doc = Run(text);
        Assert.Equal(
            [(Units.Personnel, 1187890.0, true), (Units.Tanks, 11345.0, false), (Units.ArmoredVehicles, 23561.0, false), (Units.Artillery, 34877.0, false)],
            doc.Quantities.Select(q => (q.Unit, q.Value!.Value, q.Approximate)).ToArray());
    }

    [Fact]
    public void Process_Document_SortedWithExactSlices()
    {
        const string text = "KYIV, Dec 11 - Russia launched 653 drones and 51 missiles overnight, the air force said.\n" +
            "At least 4 people were killed and 20 wounded in Ternopil, where the 7th brigade is based.\n" +
            "Протягом доби відбулося 165 бойових зіткнень; ворог втратив близько 1020 осіб.";
        var doc = Run(text);
        Assert.Equal(["653 drones", "51 missiles", "At least 4 people", "20 wounded", "165 бойових зіткнень", "близько 1020 осіб"], doc.Quantities.Select(q => q.Text).ToArray());
        Assert.All(doc.Quantities, q => Assert.Equal(doc.Text[q.Span.Start..q.Span.End], q.Text));
    }
}

public sealed class QuantitiesSingularTests
{
    [Theory]
    [InlineData("A civilian was killed in the shelling of Nikopol.", "A civilian", Units.Killed, "civilian", null)]
    [InlineData("Civilian killed in night shelling of Horlivka, the mayor says.", "Civilian", Units.Killed, "Civilian", null)]
    [InlineData("A man died after the strike on the market.", "A man", Units.Killed, "man", null)]
    [InlineData("A Russian soldier was captured near the village.", "A Russian soldier", Units.Captured, "Russian soldier", "RU")]
    [InlineData("A woman was injured when debris fell.", "A woman", Units.Wounded, "woman", null)]
    [InlineData("Внаслідок удару жінка загинула.", "жінка", Units.Killed, "жінка", null)]
    [InlineData("Мужчина ранен в результате обстрела.", "Мужчина", Units.Wounded, "Мужчина", null)]
    public void Process_OnePersonWithoutNumber_CountsOne(string text, string expected, string unit, string subject, string? side)
    {
        var q = Assert.Single(QuantitiesStageTests.Run(text).Quantities);
        Assert.Equal((expected, 1.0, unit, subject, side), (q.Text, q.Value!.Value, q.Unit, q.Subject, q.Side));
    }

    [Theory]
    [InlineData("The soldier said the town was quiet.")]
    [InlineData("A woman told reporters the shelling lasted hours.")]
    [InlineData("One soldier was killed and another wounded.")]
    public void Process_OnePersonNotACasualty_NoExtraCount(string text)
    {
        var doc = QuantitiesStageTests.Run(text);
        Assert.True(doc.Quantities.Count(q => q.Value == 1) <= 1, string.Join(" | ", doc.Quantities.Select(q => q.Text)));
        Assert.DoesNotContain(doc.Quantities, q => q.Text is "soldier" or "A woman");
    }
}

public sealed class QuantitiesStageLimitTests
{
    [Fact]
    public void Process_HugeSentenceOfCounts_StaysLinear()
    {
        // one sentence of 20,000 counts and then 200,000: every count is found, and the work grows with the length of
        // the sentence, not its square
        Scaling.AssertLinear(10_000, repeats =>
        {
            var text = string.Concat(Enumerable.Repeat("about 5 tanks and 3 killed, ", repeats));
            var doc = QuantitiesStageTests.Run(text);
            Assert.Equal(2 * repeats, doc.Quantities.Count);
        });
    }}

public sealed class BriefingDocumentTests
{
    [Fact]
    public void Process_RussianBriefing_FindsTimesAndCounts()
    {
        const string text = "Сводка Министерства обороны Российской Федерации за 10 декабря 2025 года.\n" +
            "В течение суток подразделения группировки войск «Запад» улучшили положение по переднему краю. " +
            "Потери ВСУ составили до 230 военнослужащих, два танка и 4 боевые бронированные машины.\n" +
            "Средствами ПВО сбиты 3 управляемые авиабомбы и 118 беспилотников самолетного типа.";
        var doc = QuantitiesStageTests.Run(text);
        Assert.Equal(["10 декабря 2025 года", "В течение суток"], doc.Times.Select(t => t.Text).ToArray());
        Assert.Equal(
            [("до 230 военнослужащих", Units.Personnel), ("два танка", Units.Tanks), ("4 боевые бронированные машины", Units.ArmoredVehicles),
             ("3 управляемые авиабомбы", Units.Bombs), ("118 беспилотников", Units.Drones)],
            doc.Quantities.Select(q => (q.Text, q.Unit)).ToArray());
    }

    [Fact]
    public void Process_UkrainianTelegramPost_FindsTimesAndCounts()
    {
        const string text = "⚡️ Сьогодні вранці ворог атакував Харків керованими авіабомбами.\n" +
            "Загинула жінка, ще 11 людей поранені, серед них двоє дітей.\n" +
            "Минулої доби окупанти 14 разів обстрілювали громади області. #Харків";
        var doc = QuantitiesStageTests.Run(text);
        Assert.Equal(["Сьогодні вранці", "Минулої доби"], doc.Times.Select(t => t.Text).ToArray());
        Assert.Equal(
            // "14 разів обстрілювали" is 14 attacks, as "14 обстрілів" is (a shelling verb is an attack verb of repetitions)
            [("жінка", Units.Killed, 1.0), ("11 людей", Units.Wounded, 11.0), ("двоє дітей", Units.Wounded, 2.0), ("14 разів", Units.Attacks, 14.0)],
            doc.Quantities.Select(q => (q.Text, q.Unit, q.Value!.Value)).ToArray());
    }
}
