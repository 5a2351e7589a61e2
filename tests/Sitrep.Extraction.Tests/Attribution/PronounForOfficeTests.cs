using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "he", "він", "он" after an inverted verb refer back to a body named by the office one person holds (the governor of
/// a region), not to a group named as one word ("Укроресурсы"); after a ministry alone they refer to no one.
/// </summary>
public sealed class PronounForOfficeTests
{
    [Theory]
    [InlineData("A drone hit a substation in Shebekino overnight, the governor of the Belgorod region said. Nobody was hurt, he added.")]
    [InlineData("Голова Бєлгородської області повідомив, що вночі дрон атакував підстанцію в Шебекіному. Постраждалих немає, додав він.")]
    [InlineData("Укроресурсы разгоняют, что Купянск под их контролем. Губернатор Белгородской области сообщил, что ночью беспилотник атаковал подстанцию в Шебекино. Пострадавших нет, добавил он.")]
    public void Process_PronounAfterAGovernor_TheGovernorSpeaks(string text)
    {
        var doc = Docs.Attributed(text, outlet: "Test Post");

        Assert.Equal("Governor of Belgorod region", doc.Attributions[^1].Speaker);
    }

    [Fact]
    public void Process_PronounAfterAMinistryOnly_NoOne()
    {
        // twin: a ministry is no one person
        var doc = Docs.Attributed("Russia's Defence Ministry said its forces had struck a depot near Kupiansk. Nobody was hurt, he added.", outlet: "Test Post");

        Assert.DoesNotContain(doc.Attributions, a => a.Speaker == "Ministry of Defence of the Russian Federation" && doc.Text.Substring(a.Span.Start, a.Span.Length).StartsWith("Nobody"));
    }
}
