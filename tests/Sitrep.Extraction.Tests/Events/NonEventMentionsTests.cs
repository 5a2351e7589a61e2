using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Weapon and fight words that tell no happening, each beside a near miss that still is one.</summary>
public sealed class NonEventMentionsTests
{
    private static List<string> Subtypes(string text, string published = "2025-12-04") =>
        Docs.Processed(text, published).Events.ConvertAll(e => e.Subtype);

    [Theory]
    [InlineData("Residents of Sumy are asked to go down to shelters whenever air raid alerts sound tonight.")]
    [InlineData("#Sumy #Sumshchyna #shelling #drones")]
    [InlineData("Near Siversk a platoon of Russian infantry crossed a field under drone observation on Tuesday, the analysts wrote.")]
    [InlineData("Veterans of the brigade gathered in Poltava on Sunday to raise money for drones for the front near Pokrovsk.")]
    [InlineData("The plant in Zhytomyr was producing long-range drones for the Ukrainian army, Russian officials alleged on Wednesday.")]
    [InlineData("Low cloud over Kupiansk on Wednesday grounded most reconnaissance drones, the brigade spokesman said.")]
    [InlineData("Ukrainian drone operators spotted the Russian column near Torske at 05:40 on Wednesday, the brigade said.")]
    [InlineData("Russian aircraft drop glide bombs on front-line towns of Zaporizhzhia region every day, the air force said.")]
    [InlineData("Villagers in Bilozerka complain of regular Russian drone attacks from across the Dnipro river.")]
    [InlineData("Over the past day Russian forces shelled 23 settlements of Zaporizhzhia region, the regional governor said.")]
    [InlineData("Командир роты под Покровском жалуется, что его пехоте не хватает прикрытия от дронов.")]
    [InlineData("Бійцям під Покровськом бракує захисту від дронів, каже командир роти.")]
    [InlineData("Near Pokrovsk the infantry moves in the open with no protection from Russian drones, a company commander said.")]
    [InlineData("tanks - 11,402 (+3)\nartillery systems - 34,100 (+19)\ncruise missiles - 3,960 (+0)")]
    public void Process_WeaponNamedWithoutHappening_NoEvent(string text)
    {
        Assert.Empty(Subtypes(text));
    }

    [Theory]
    [InlineData("A Russian drone struck a minibus in Sumy on Wednesday morning, wounding three passengers, the regional governor said.", "air_drone_strike")]
    [InlineData("Ukrainian drone operators hit a Russian tank near Torske on Wednesday, the brigade said.", "air_drone_strike")]
    [InlineData("Russian forces shelled Huliaipole, one of the largest settlements of the district, on Wednesday, the regional governor said.", "shelling_artillery_missile_attack")]
    [InlineData("Russian artillery shelled the centre of Nikopol on Wednesday, damaging two houses, the regional administration said.", "shelling_artillery_missile_attack")]
    public void Process_NearMissRealStrike_StillOneEvent(string text, string expected)
    {
        Assert.Equal([expected], Subtypes(text));
    }

    [Fact]
    public void Process_WoundedCountRises_NoSecondEvent()
    {
        var text = "A Russian glide bomb hit an industrial area of Zaporizhzhia on Wednesday morning, wounding eight people, the governor said.\n\n"
            + "Officials said later the number of wounded rose to 11 after two more residents sought help.";

        Assert.Equal(["air_drone_strike"], Subtypes(text));
    }

    [Fact]
    public void Process_UnitPostTellsOneFightInPieces_OneClash()
    {
        var text = "ATTACK BEATEN OFF NEAR TORSKE\n\n"
            + "This morning a Russian column tried to reach our positions west of Torske and was repelled after a two-hour battle.\n\n"
            + "Result:\n➖ 2 tanks destroyed\n➖ 17 occupiers eliminated\n\n"
            + "Glory to our infantry. Full video of the battle in the comments.";

        Assert.Equal(["armed_clash"], Subtypes(text));
    }
}
