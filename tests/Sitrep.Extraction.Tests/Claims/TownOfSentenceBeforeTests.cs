using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "the city" of a sentence is the one settlement the sentence just before it in the paragraph named, when the story has
/// named that settlement twice by then, even if another city was named more often before ("... в Купянске продолжаются
/// бои. Он признал, что ни одна из сторон не контролирует город": Kupiansk, not the Kharkiv of the story's strike). A
/// settlement the sentence before names for the first time does not outweigh the city the story names most.
/// </summary>
public sealed class TownOfSentenceBeforeTests
{
    private const long Kupiansk = 703656;
    private const long Kharkiv = 706483;

    [Theory]
    [InlineData("Russian missiles hit Kharkiv overnight, the governor said. In Kharkiv a depot burned, he said, and Kharkiv was without power.\n\nKupiansk is also under pressure. Fighting continues in Kupiansk, the governor said. He said neither side fully controls the city.")]
    [InlineData("Уночі російські ракети влучили в Харків, повідомив голова ОВА. У Харкові згоріло депо, сказав він, і Харків залишився без світла.\n\nКуп'янськ теж під тиском. У Куп'янську тривають бої, повідомив голова ОВА. Він визнав, що жодна зі сторін повністю не контролює місто.")]
    [InlineData("Ночью российские ракеты попали в Харьков, сообщил глава ОВА. В Харькове сгорело депо, сказал он, и Харьков остался без света.\n\nКупянск тоже под давлением. В Купянске продолжаются бои, сообщил глава ОВА. Он признал, что ни одна из сторон полностью не контролирует город.")]
    public void Process_TheCityAfterASentenceNamingATownAgain_IsThatTown(string text)
    {
        var claims = Docs.Processed(text, "2026-05-03", outlet: "Kharkiv Courier").Claims;

        var control = Assert.Single(claims, c => c.Kind == ClaimKind.Control);
        Assert.Equal(Stance.Denies, control.Stance);
        Assert.Equal(Kupiansk, control.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Russian missiles hit Kharkiv overnight, the governor said. In Kharkiv a depot burned, he said, and Kharkiv was without power.\n\nFighting continues in Kupiansk, the governor said. He said neither side fully controls the city.")]
    [InlineData("Уночі російські ракети влучили в Харків, повідомив голова ОВА. У Харкові згоріло депо, сказав він, і Харків залишився без світла.\n\nУ Куп'янську тривають бої, повідомив голова ОВА. Він визнав, що жодна зі сторін повністю не контролює місто.")]
    [InlineData("Ночью российские ракеты попали в Харьков, сообщил глава ОВА. В Харькове сгорело депо, сказал он, и Харьков остался без света.\n\nВ Купянске продолжаются бои, сообщил глава ОВА. Он признал, что ни одна из сторон полностью не контролирует город.")]
    public void Process_TheCityAfterATownNamedOnce_IsTheStorysCity(string text)
    {
        // twin: a town named only once does not outweigh the city the story names most
        var claims = Docs.Processed(text, "2026-05-03", outlet: "Kharkiv Courier").Claims;

        var control = Assert.Single(claims, c => c.Kind == ClaimKind.Control);
        Assert.Equal(Kharkiv, control.Place?.GeonameId);
    }
}
