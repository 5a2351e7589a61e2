using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "..., the administration said, adding that ...", "..., saying ...", "додавши, що ...", "добавив, что ...": a
/// participle of saying after the verb opens a statement of its own, with the same speaker.
/// </summary>
public sealed class AddedStatementTests
{
    [Theory]
    [InlineData("Drones hit a railway depot in Kharkiv overnight, the Kharkiv regional military administration said, adding that trains were running again with delays.", "trains were running again")]
    [InlineData("Уночі дрони атакували депо в Харкові, повідомив Олег Синєгубов, додавши, що потяги вже курсують із затримками.", "потяги вже курсують")]
    [InlineData("Ночью беспилотники атаковали депо в Белгороде, сообщил Вячеслав Гладков, добавив, что поезда уже ходят с опозданием.", "поезда уже ходят")]
    public void Process_ParticipleOfSaying_AddsAStatementOfTheSameSpeaker(string text, string added)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(doc.Attributions[0].Speaker, doc.Attributions[1].Speaker);
        Assert.StartsWith(added, doc.Slice(doc.Attributions[1].Span));
        Assert.DoesNotContain(added, doc.Slice(doc.Attributions[0].Span));
    }

    [Theory]
    [InlineData("\"We are adding that depot to the list of damaged sites,\" the Kharkiv regional military administration said.")]
    [InlineData("Drones hit a railway depot in Kharkiv overnight, the Kharkiv regional military administration said, adding photos.")]
    [InlineData("Уночі дрони атакували депо в Харкові, повідомив Олег Синєгубов, додавши фото з місця удару та відео.")]
    [InlineData("Ночью беспилотники атаковали депо в Белгороде, сообщил Вячеслав Гладков, добавив фотографии с места удара.")]
    public void Process_ParticipleInAQuoteOrWithoutAClause_AddsNothing(string text)
    {
        Assert.Single(Docs.Attributed(text).Attributions);
    }

    [Fact]
    public void Process_AddedStatementWithNoKind_IsAClaimOfItsOwn()
    {
        var doc = Docs.Text("Ukrainian drones hit an electrical substation near Shebekino, the governor said, adding that about 4,000 households were left without power.", outlet: "Test Wire");
        Docs.Place(doc, "Shebekino", 495112, "Shebekino", "RU");

        var claims = Docs.ClaimsOf(doc);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike && c.Place?.GeonameId == 495112);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Other && c.Place?.GeonameId == 495112);
    }

    [Fact]
    public void Process_VictimsAddedToAStrike_ArePartOfIt()
    {
        var doc = Docs.Text("Russian artillery shelled the approaches to the bridge on Wednesday night, the Kherson regional military administration said, adding that a man was wounded in Antonivka.", outlet: "Test Wire");
        Docs.Place(doc, "Antonivka", 713304, "Antonivka");

        var claims = Docs.ClaimsOf(doc);
        var strike = Assert.Single(claims);
        Assert.Equal(ClaimKind.Strike, strike.Kind);
        Assert.Equal(713304, strike.Place?.GeonameId);
    }

    [Fact]
    public void Process_VictimsAddedToAnAttackWithNoWeapon_KeepTheirClaim()
    {
        var doc = Docs.Text("Russian troops attacked positions near Antonivka 12 times, the Kherson regional military administration said, adding that a man was wounded in Antonivka.", outlet: "Test Wire");
        Docs.Place(doc, "Antonivka", 713304, "Antonivka");
        Docs.Place(doc, "Antonivka", 713304, "Antonivka", occurrence: 1);

        var claims = Docs.ClaimsOf(doc);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Casualties && c.Place?.GeonameId == 713304);
    }
}
