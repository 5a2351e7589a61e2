using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Paramedics, rescuers and journalists hurt by a strike are its civilian victims: "a drone struck a marked ambulance in
/// Kherson, wounding two paramedics" is one strike claim, not also casualties. Soldiers wounded by it are losses of
/// their own.
/// </summary>
public sealed class EmergencyWorkersTests
{
    [Theory]
    [InlineData("A drone struck a marked ambulance in Kherson on Sunday, wounding two paramedics, the regional administration said.")]
    [InlineData("У неділю дрон влучив у карету швидкої допомоги в Херсоні, поранено двох медиків, повідомила обласна військова адміністрація.")]
    [InlineData("В воскресенье дрон атаковал машину скорой помощи в Херсоне, ранены двое медиков, сообщила областная военная администрация.")]
    public void Process_EmergencyWorkersHurt_ArePartOfTheStrike(string text)
    {
        var claims = Docs.Processed(text, "2026-04-20", outlet: "Test Wire").Claims;

        Assert.Single(claims, c => c.Kind == ClaimKind.Strike);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Casualties);
    }

    [Theory]
    [InlineData("A drone struck an army truck in Kherson on Sunday, wounding two soldiers, the regional administration said.")]
    [InlineData("У неділю дрон влучив у військову вантажівку в Херсоні, поранено двох військових, повідомила обласна військова адміністрація.")]
    [InlineData("В воскресенье дрон атаковал военный грузовик в Херсоне, ранены двое военнослужащих, сообщила областная военная администрация.")]
    public void Process_SoldiersHurt_AreLossesOfTheirOwn(string text)
    {
        // twin: soldiers are no civilians
        var claims = Docs.Processed(text, "2026-04-20", outlet: "Test Wire").Claims;

        Assert.Contains(claims, c => c.Kind == ClaimKind.Casualties);
    }
}
