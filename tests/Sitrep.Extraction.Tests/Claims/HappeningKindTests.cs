using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// What kind of happening a sentence reports when its verb is not a plain strike or capture word: a weapon used, an
/// interception told twice, an arrest, an assault group destroyed, a break-through tried, the wounded taken to
/// hospital, explosives cleared; and whose denial a relative clause reports.
/// </summary>
public sealed class HappeningKindTests
{
    private const long Kherson = 706448;
    private const long Antonivka = 713304;

    [Theory]
    [InlineData("Russia used more than 150 guided bombs along the front this week, the air force said.")]
    [InlineData("A drone dropped an explosive charge on a car near the market, police said.")]
    [InlineData("Russia fired ballistic missiles and dozens of drones at the city overnight, officials said.")]
    [InlineData("Some 900 shells were fired at the town over the past week, the mayor said.")]
    [InlineData("За тиждень ворог застосував понад 150 КАБів, повідомили Повітряні сили.")]
    [InlineData("По данным министерства, противник сбросил на село четыре авиабомбы.")]
    public void Process_AWeaponUsed_IsAStrike(string text)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }

    [Theory]
    [InlineData("The army used the fog to move reserves forward, the spokesperson said.")]
    [InlineData("The commander said he was fired from his post in spring.")]
    public void Process_UseOrFireWithoutAWeapon_IsNoStrike(string text)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }

    [Theory]
    [InlineData("Министерство обороны РФ сообщило, что над областью перехвачены и уничтожены 23 беспилотника.")]
    [InlineData("Air defence intercepted and destroyed 17 drones overnight, the ministry said.")]
    public void Process_InterceptedAndDestroyed_IsOneInterceptionOfKindOther(string text)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");

        Assert.Equal(ClaimKind.Other, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }

    [Theory]
    [InlineData("Police detained four men suspected of guiding missile strikes on the port, the prosecutor's office said.")]
    [InlineData("Правоохоронці затримали двох агентів, які коригували удари по енергетиці, повідомили в СБУ.")]
    public void Process_AnArrestForGuidingStrikes_IsNoStrike(string text)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");

        Assert.Equal(ClaimKind.Other, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }

    [Theory]
    [InlineData("Paratroopers destroyed a Russian assault group near the station, the brigade said.")]
    [InlineData("Бійці знищили штурмову групу ворога на околиці села, повідомила бригада.")]
    [InlineData("Уночі окупанти спробували прорватися до міста двома групами, повідомили в бригаді.")]
    [InlineData("Противник пытался просочиться к посёлку малыми группами, сообщили в штабе.")]
    [InlineData("Marines say they destroyed a Russian group heading for the bridge at dawn.")]
    [InlineData("Дронарі знищили групу окупантів, що рухалася до центру селища, повідомили в бригаді.")]
    public void Process_AnAssaultStopped_IsRepelled(string text)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Repelled);
    }

    [Fact]
    public void Process_GroupsDestroyedInAPassiveWithALongSubject_AreLosses()
    {
        var doc = Docs.Text("Three Russian groups that had reached the first houses on the western edge were destroyed by drones, the corps said.", outlet: "Harbour News");

        Assert.Equal(ClaimKind.Casualties, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }

    [Theory]
    [InlineData("Nine of the injured were taken to hospital, the governor said.")]
    [InlineData("Deminers have cleared more than 800 explosive items in the district since May, the emergency service said.")]
    public void Process_TakenToHospitalOrExplosivesCleared_IsNoCapture(string text)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Capture);
    }

    [Fact]
    public void Process_ACountryThatMadeAVehicle_IsNoPlace()
    {
        var doc = Docs.Text("Потери противника составили до 90 военнослужащих и одна бронемашина производства Германии.", outlet: "Ministry of Defence of the Russian Federation");
        Docs.Place(doc, "Германии", 2921044, "Germany", country: "DE", featureCode: "PCLI");

        var losses = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Null(losses.Place);
    }

    [Fact]
    public void Process_VictimsOfTheStrikeAtTheSamePlace_AreOneStrikeClaim()
    {
        var doc = Docs.Text("A Russian drone dropped an explosive charge on an aid point in Antonivka, a suburb of Kherson, wounding two volunteers, the regional administration said.", outlet: "Harbour News");
        Docs.Place(doc, "Antonivka", Antonivka, "Antonivka");
        Docs.Place(doc, "Kherson", Kherson, "Kherson", featureCode: "PPLA");
        Docs.Quantity(doc, "two volunteers", 2, Units.Wounded);

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(ClaimKind.Strike, claim.Kind);
        Assert.Equal(Antonivka, claim.Place?.GeonameId);
    }

    [Fact]
    public void Process_VictimsInAnotherPlaceOfTheSentence_AreLossesOfTheirOwn()
    {
        var doc = Docs.Text("In the region, a man was injured in Antonivka and a substation was hit in Kherson, the governor said.", outlet: "Harbour News");
        Docs.Place(doc, "Antonivka", Antonivka, "Antonivka");
        Docs.Place(doc, "Kherson", Kherson, "Kherson", featureCode: "PPLA");

        var claims = Docs.ClaimsOf(doc);

        Assert.Equal(Antonivka, Assert.Single(claims, c => c.Kind == ClaimKind.Casualties).Place?.GeonameId);
        Assert.Equal(Kherson, Assert.Single(claims, c => c.Kind == ClaimKind.Strike).Place?.GeonameId);
    }

    [Fact]
    public void Process_ADenialInARelativeClause_IsThatSidesDenial()
    {
        var doc = Docs.Text("Last week Moscow said it had captured Antonivka, which Ukrainian officers swiftly denied.", outlet: "Harbour News");
        Docs.Place(doc, "Antonivka", Antonivka, "Antonivka");

        var claims = Docs.ClaimsOf(doc);

        Assert.Contains(claims, c => c.Side == "RU" && c.Kind == ClaimKind.Capture && c.Stance == Stance.Asserts && c.Place?.GeonameId == Antonivka);
        var denial = Assert.Single(claims, c => c.Stance == Stance.Denies);
        Assert.Equal(("UA", ClaimKind.Capture, Antonivka), (denial.Side, denial.Kind, denial.Place?.GeonameId));
    }

    [Theory]
    [InlineData("Ukraine and Russia exchanged 120 prisoners of war each on Tuesday, the coordination headquarters said.")]
    [InlineData("Україна та Росія провели обмін: додому повернулися 120 полонених, повідомив координаційний штаб.")]
    public void Process_APrisonerExchange_IsNoLossesClaim(string text)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");
        Docs.Quantity(doc, "120", 120, Units.Captured);

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);
    }

    [Fact]
    public void Process_AVehicleThatHitAMine_IsLossesNotAStrike()
    {
        var doc = Docs.Text("A farmer was killed when his harvester hit an anti-tank mine in a field, police said.", outlet: "Harbour News");

        var claims = Docs.ClaimsOf(doc);

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Strike);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Casualties);
    }

    [Theory]
    [InlineData("ANOTHER ASSAULT STOPPED NEAR THE RAILWAY BRIDGE")]
    [InlineData("What remained of the column turned back before noon.")]
    public void Process_AnAssaultStoppedOrTurnedBack_IsRepelled(string text)
    {
        var doc = Docs.Text(text, outlet: "3rd Separate Assault Brigade");

        Assert.Equal(ClaimKind.Repelled, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }

    [Theory]
    [InlineData("Monitors said drone attacks on civilians in the city had become systematic.")]
    [InlineData("Russia denies targeting civilians, the ministry said.")]
    [InlineData("Упродовж ночі ворог бив по району з артилерії, повідомила ОВА.")]
    public void Process_AttacksWithAWeaponOrTargeting_AreStrikes(string text)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");

        Assert.Equal(ClaimKind.Strike, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }

    [Fact]
    public void Process_TheDamagedBuildingAsADescription_IsNoStrike()
    {
        var doc = Docs.Text("Rescuers carried 30 residents out of the damaged building, the emergency service said.", outlet: "Harbour News");

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }

    [Fact]
    public void Process_TwoPlacelessStrikesOfOneSummaryParagraph_AreTwoClaims()
    {
        var doc = Docs.Text("The enemy launched three missile strikes using six missiles. In addition, the enemy used 2,100 kamikaze drones against our positions.", outlet: "General Staff of the Armed Forces of Ukraine");

        Assert.Equal(2, Docs.ClaimsOf(doc).Count(c => c.Kind == ClaimKind.Strike));
    }

    [Fact]
    public void Process_TheNounAttackWithoutAWeapon_ReportsNothingOnAnOwnChannel()
    {
        var doc = Docs.Text("Aftermath of the night attack.", outlet: "Kharkiv Regional Military Administration");

        Assert.Empty(Docs.ClaimsOf(doc));
    }

    [Theory]
    [InlineData("Ukrainian troops repelled an armoured assault near the village, the 41st Separate Mechanized Brigade said.", "UA")]
    [InlineData("Our units took a stronghold near the village, the 20th Motor Rifle Division said in a video.", "RU")]
    public void Process_AUnitOutsideTheRegistry_TakesItsSideFromItsBranch(string text, string side)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");

        var claims = Docs.ClaimsOf(doc);

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(side, c.Side));
    }

    [Theory]
    [InlineData("Ukraine's General Staff denied a Russian Defence Ministry claim that Russian troops had captured Antonivka.")]
    [InlineData("Повідомлення про нібито захоплення Антонівки, які поширюють російські пропагандисти, не відповідають дійсності, заявили в бригаді.")]
    public void Process_ADenialNamingWhoseClaimItDenies_AlsoRecordsThatClaim(string text)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");
        Docs.Place(doc, text.StartsWith("Ukraine", StringComparison.Ordinal) ? "Antonivka" : "Антонівки", Antonivka, "Antonivka");

        var claims = Docs.ClaimsOf(doc);

        Assert.Contains(claims, c => c.Side == "UA" && c.Kind == ClaimKind.Capture && c.Stance == Stance.Denies && c.Place?.GeonameId == Antonivka);
        Assert.Contains(claims, c => c.Side == "RU" && c.Kind == ClaimKind.Capture && c.Stance == Stance.Asserts && c.Place?.GeonameId == Antonivka);
    }

    [Fact]
    public void Process_LossesCausedByStrikes_AreLosses()
    {
        var doc = Docs.Text("С начала месяца от обстрелов ВСУ в Херсонской области пострадали более 40 мирных жителей.", outlet: "Vladimir Saldo");
        Docs.Place(doc, "Херсонской области", 706442, "Kherson Oblast", featureCode: "ADM1");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(ClaimKind.Casualties, claim.Kind);
    }

    [Fact]
    public void Process_InterceptionsOverARegion_AreOverThatRegion()
    {
        var doc = Docs.Text("Министерство обороны РФ сообщило, что ночью над Курской областью сбиты 19 беспилотников.", outlet: "Harbour News");
        Docs.Place(doc, "Курской областью", 538555, "Kursk Oblast", country: "RU", featureCode: "ADM1");

        Assert.Equal(538555, Assert.Single(Docs.ClaimsOf(doc)).Place?.GeonameId);
    }

    [Theory]
    [InlineData("Сегодня наши бойцы продвинулись в южной части Бахмута.", ClaimKind.Capture)]
    [InlineData("Our units advanced into the eastern part of the town overnight, the brigade said.", ClaimKind.Capture)]
    [InlineData("The ministry said its forces had advanced in the Bakhmut area.", ClaimKind.Other)]
    [InlineData("Russian assault groups advanced into the southern part of the town, the corps said.", ClaimKind.Other)]
    public void Process_AnAdvance_IsACaptureOnlyByOurForcesIntoAPartOfTheTown(string text, ClaimKind kind)
    {
        var doc = Docs.Text(text, outlet: text.StartsWith("Сегодня", StringComparison.Ordinal) ? "Ministry of Defence of the Russian Federation" : "Harbour News");

        Assert.Equal(kind, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }

    [Theory]
    [InlineData("\"Our units remain in Antonivka,\" the spokesperson told national television.")]
    [InlineData("Наші підрозділи залишаються в Антонівці, заявив речник.")]
    public void Process_OurUnitsRemainingInATown_ControlIt(string text)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");
        Docs.Place(doc, text.StartsWith("Наші", StringComparison.Ordinal) ? "Антонівці" : "Antonivka", Antonivka, "Antonivka");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal((ClaimKind.Control, Antonivka), (claim.Kind, claim.Place?.GeonameId ?? 0));
    }
}
