using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A clause of its own saying nobody was hurt ("and nobody was hurt", "никто не пострадал", "Минулося без
/// постраждалих") denies casualties, at the place of the strike told in its sentence; a bare "without casualties"
/// modifying the strike makes no claim. Also the round's lexicon: an assault "drove it back" is repelled, the Ukrainian
/// locative "у Кривому Розі" is Kryvyi Rih, and the State Border Guard Service speaks for Ukraine.
/// </summary>
public sealed class NobodyHurtTests
{
    private static Document Run(string text, string outlet = "Test Wire") =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = outlet, Published = new DateOnly(2026, 3, 23) }));

    [Theory]
    [InlineData("A drone hit an electricity substation in Sumy on Sunday evening and nobody was hurt, the regional military administration said.", 692194)]
    [InlineData("Вночі ворожий дрон влучив у підстанцію в Сумах, ніхто не постраждав, повідомила обласна військова адміністрація.", 692194)]
    [InlineData("Ночью беспилотник атаковал электроподстанцию в Рыльске, никто не пострадал, сообщил губернатор Курской области.", 695019)]
    public void Process_NobodyHurtInTheStrikesSentence_DeniesCasualtiesThere(string text, long place)
    {
        var claims = Run(text).Claims;

        var denial = Assert.Single(claims, c => c.Kind == ClaimKind.Casualties);
        Assert.Equal(Stance.Denies, denial.Stance);
        Assert.Equal(place, denial.Place?.GeonameId);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike && c.Stance == Stance.Asserts);
    }

    [Theory]
    [InlineData("Уночі ударний БпЛА влучив у нежитлову будівлю в Шостці, повідомила Сумська ОВА. Минулося без постраждалих.")]
    [InlineData("Уночі ударний БпЛА влучив у нежитлову будівлю в Шостці, повідомила Сумська ОВА. Обійшлося без жертв.")]
    public void Process_ItPassedWithoutVictims_DeniesCasualties(string text)
    {
        var claims = Run(text).Claims;

        Assert.Contains(claims, c => c.Kind == ClaimKind.Casualties && c.Stance == Stance.Denies);
    }

    [Theory]
    [InlineData("The Ukrainian Navy said a Russian drone struck a tug near Odesa, without casualties.")]
    [InlineData("A drone hit an electricity substation in Sumy on Sunday evening, the regional military administration said.")]
    [InlineData("Вночі ворожий дрон влучив у підстанцію в Сумах без жертв, повідомила обласна військова адміністрація.")]
    public void Process_NoClauseOfNobodyHurt_MakesNoCasualtiesClaim(string text)
    {
        var claims = Run(text).Claims;

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Casualties);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike);
    }

    [Fact]
    public void Process_InfantryDroveItBack_IsRepelled()
    {
        var claims = Run("On Tuesday, a Russian assault group reached the edge of Huliaipole before Ukrainian infantry drove it back, according to the Defence Forces of the South.").Claims;

        Assert.Contains(claims, c => c.Kind == ClaimKind.Repelled && c.Place?.GeonameId == 707898);
    }

    [Fact]
    public void Process_DroveBackAsATrip_IsNoRepelledClaim()
    {
        var claims = Run("The governor drove back to Huliaipole on Tuesday to meet residents, the regional administration said.").Claims;

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Repelled);
    }

    [Theory]
    [InlineData("Увечері ворожий безпілотник влучив у територію підприємства в Кривому Розі, повідомив начальник міської військової адміністрації.")]
    [InlineData("Увечері ворожий безпілотник атакував Кривий Ріг, повідомив начальник міської військової адміністрації.")]
    public void Process_KryvyiRihInItsCases_IsTheCity(string text)
    {
        var doc = Run(text);

        Assert.Contains(doc.Places, p => p.GeonameId == 703845);
        Assert.DoesNotContain(doc.Places, p => p.Name is "Kryva" or "Roza");
    }

    [Theory]
    [InlineData("За даними Державної прикордонної служби, протягом доби росіяни 17 разів обстріляли прикордонні громади області з артилерії.")]
    [InlineData("Речник прикордонної служби зазначив, що ворожа диверсійна група намагалася перетнути кордон поблизу Семенівки, але її відкинули.")]
    [InlineData("Ukraine's State Border Guard Service said Russian artillery shelled border villages of the Sumy region 17 times overnight.")]
    public void Process_BorderGuardService_SpeaksForUkraine(string text)
    {
        var claims = Run(text).Claims;

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("UA", c.Side));
        Assert.Contains(claims, c => c.Claimant == "State Border Guard Service of Ukraine");
    }

    [Fact]
    public void Process_RussianBorderService_IsNotUkraines()
    {
        var claims = Run("Пограничная служба ФСБ сообщила, что украинские беспилотники атаковали пункт пропуска в Курской области.").Claims;

        Assert.DoesNotContain(claims, c => c.Claimant == "State Border Guard Service of Ukraine");
    }
}
