using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "за сутки противник потерял в зоне ответственности группировки до 210 военнослужащих": losses counted over a group's
/// zone of responsibility are at no one settlement, not the village of the paragraph before. Losses of the fight just
/// told keep its place.
/// </summary>
public sealed class GroupZoneLossesTests
{
    private static Document Run(string text) =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = "Test Agency", Published = new DateOnly(2026, 4, 12) }));

    [Theory]
    [InlineData("Подразделения группировки «Запад» освободили Петропавловку, сообщили в Министерстве обороны России.\n\nПо данным министерства, за сутки противник потерял в зоне ответственности группировки до 210 военнослужащих.")]
    [InlineData("Підрозділи угруповання «Захід» захопили Петропавлівку, повідомили в Міністерстві оборони Росії.\n\nЗа даними міністерства, за добу противник втратив у зоні відповідальності угруповання до 210 військовослужбовців.")]
    [InlineData("Units of the West group captured Petropavlivka, Russia's Defence Ministry said.\n\nThe enemy lost up to 210 servicemen in the group's area of responsibility, the ministry said.")]
    public void Process_LossesInAGroupsZone_HaveNoPlace(string text)
    {
        var losses = Assert.Single(Run(text).Claims, c => c.Kind == ClaimKind.Casualties);

        Assert.Null(losses.Place);
    }

    [Theory]
    [InlineData("Подразделения группировки «Запад» освободили Петропавловку, сообщили в Министерстве обороны России.\n\nПо данным министерства, противник потерял там до 210 военнослужащих.")]
    [InlineData("Units of the West group captured Petropavlivka, Russia's Defence Ministry said.\n\nThe enemy lost up to 210 servicemen there, the ministry said.")]
    public void Process_LossesOfTheFightJustTold_KeepItsPlace(string text)
    {
        var losses = Assert.Single(Run(text).Claims, c => c.Kind == ClaimKind.Casualties);

        Assert.NotNull(losses.Place);
    }
}
