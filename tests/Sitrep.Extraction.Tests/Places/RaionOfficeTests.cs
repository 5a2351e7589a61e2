namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// A town's adjective before the raion's adjective is the raion's office ("начальник Покровської районної військової
/// адміністрації"), so the mention is the raion, not the town or the oblast of the same name.
/// </summary>
public sealed class RaionOfficeTests
{
    [Theory]
    [InlineData("Про це повідомив начальник Покровської районної військової адміністрації Сергій Добряк.", "Покровської районної", "Pokrovsk Raion")]
    [InlineData("Як повідомили у Запорізькій районній військовій адміністрації, уламки впали на поле.", "Запорізькій районній", "Zaporizhzhia Raion")]
    [InlineData("Об этом сообщил глава Покровской районной военной администрации.", "Покровской районной", "Pokrovsk Raion")]
    public void Process_AdjectiveBeforeRaionAdjective_IsTheRaion(string text, string surface, string raion)
    {
        var place = PlacesRun.Run(text, new DateOnly(2025, 12, 1)).Mention(surface);
        Assert.Equal(raion, place.Name);
        Assert.Equal("ADM2", place.FeatureCode);
    }
}
