using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Sentences that go on with a strike already told ("the drone hit the locomotive", "the attack lasted until dawn",
/// a later casualty count, roads "under drone fire") add to it; they are no new strike or fight.
/// </summary>
public sealed class FollowUpTests
{
    private static List<string> Events(string text, string published = "2025-12-09") =>
        Docs.Processed(text, published).Events.Select(e => e.Subtype + "@" + (e.Location?.Name ?? "-")).ToList();

    [Theory]
    // the borrowed destination of the next sentence does not make the drone's second hit a strike of its own
    [InlineData("A Russian drone struck a minibus at the bus station in Kupiansk on Tuesday morning, wounding two passengers, police said.\n\n"
        + "The minibus had been about to leave for Kharkiv. The drone hit the rear of the vehicle at 09:10.", "air_drone_strike@Kupiansk")]
    [InlineData("Russian forces launched 80 attack drones at Odesa overnight, the air force said on Tuesday. "
        + "The attack lasted from 19:00 on Monday until 05:30 on Tuesday.", "air_drone_strike@Odesa")]
    [InlineData("Вночі ворог атакував Одесу ударними дронами, повідомив голова ОВА. Атака тривала з 22:00 до 04:00.", "air_drone_strike@Odesa")]
    [InlineData("Ночью враг атаковал Одессу ударными дронами, сообщил глава ОВА. Атака длилась почти пять часов.", "air_drone_strike@Odesa")]
    [InlineData("Two guided bombs hit a residential area of Kramatorsk on Monday afternoon, the city administration said.\n\n"
        + "By the evening, the administration had counted nine injured, among them a teenager.", "air_drone_strike@Kramatorsk")]
    public void Process_SentenceGoingOnWithStrike_OneStrike(string text, string expected)
    {
        Assert.Equal([expected], Events(text));
    }

    [Fact]
    public void Process_FightersKilledAfterDroneHit_StillAFight()
    {
        var text = "Наші оператори FPV-дроном знищили російську БМП біля Плещіївки сьогодні зранку.\n\n11 окупантів ліквідовано, ще троє поранені.";

        Assert.Contains(Events(text), e => e.StartsWith("armed_clash@", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Ukrainian commanders admit that all roads into Myrnohrad are now under Russian drone fire.")]
    [InlineData("The northern approaches to Huliaipole remain under constant artillery fire, a Ukrainian officer said.")]
    public void Process_AreaUnderFire_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Fact]
    public void Process_StrikeWithoutWeaponAfterUnderFire_TypedByThatWeapon()
    {
        var text = "Supply roads into Kupiansk are under constant fire from Russian drones, a logistics officer said. "
            + "A Ukrainian ammunition truck was hit near Kupiansk at 04:50 on Tuesday, he said.";

        Assert.Equal(["air_drone_strike@Kupiansk"], Events(text));
    }

    [Fact]
    public void Process_ConvoyCameUnderFire_StillAStrike()
    {
        Assert.Equal(["shelling_artillery_missile_attack@Siversk"], Events("A Ukrainian convoy came under Russian artillery fire near Siversk on Monday night, the brigade said."));
    }

    [Theory]
    [InlineData("Дякуємо побратимам із 25-ї окремої штурмової бригади за взаємодію біля Покровська.")]
    [InlineData("Благодарим бойцов 4-й штурмовой бригады за поддержку под Купянском.")]
    public void Process_ThanksToAssaultUnit_NoFight(string text)
    {
        Assert.Empty(Events(text));
    }

    [Fact]
    public void Process_MissileCarrierAtSea_NoStrike()
    {
        Assert.Empty(Events("The Ukrainian Navy said on Tuesday that two Russian missile carriers were on duty in the Black Sea and one in the Sea of Azov."));
    }
}

/// <summary>Weapons an assault lost its armour to are part of the fight, not strikes of their own.</summary>
public sealed class LostToTests
{
    [Fact]
    public void Process_AssaultLosingArmourToMinesAndDrones_OneClash()
    {
        var doc = new Document("Russian troops attacked near Huliaipole on Sunday with four tanks, losing three of them to mines and FPV drones, the brigade said.",
            new DocumentMetadata { Outlet = "Test Wire", Published = new DateOnly(2025, 12, 8) });

        var events = SitrepPipeline.Default.Process(doc).Events;

        Assert.Equal(["armed_clash"], events.Select(e => e.Subtype));
    }
}

/// <summary>A fight word with no place of its own right after a fight is that fight, whatever the sentence between names.</summary>
public sealed class BorrowedPlaceTests
{
    [Theory]
    [InlineData("Our assault troops advanced in the northern part of Pokrovsk this morning. The enemy still holds several blocks on the road to Rodynske. Fighting goes on for every entrance.")]
    [InlineData("Утром наши подразделения продвинулись на восточной окраине Купянска. Противник ещё удерживает несколько домов у дороги на Петропавловку. Бои идут за каждый дом.")]
    public void Process_FightGoesOnAfterSentenceNamingAnotherPlace_OneClash(string text)
    {
        var doc = new Document(text, new DocumentMetadata { Outlet = "Test Channel", Published = new DateOnly(2025, 11, 28) });

        var events = SitrepPipeline.Default.Process(doc).Events;

        Assert.Single(events, e => e.Subtype == "armed_clash");
    }
}
