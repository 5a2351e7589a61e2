namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// A capitalised occupation, pronoun, settlement noun or ordinary adjective that is also the name of a tiny
/// village needs a locative word before it: its capital letter at the start of a sentence or a quotation is no
/// evidence ("Секретарка ради", "«Жоден дрон", "«Селище тримаємо", "Королевского института").
/// </summary>
public sealed class SentenceStartWordTests
{
    [Theory]
    [InlineData("Секретарка сільської ради пояснила, що воду підвезуть машинами.")]
    [InlineData("Секретарка администрации поселка сказала, что автобусы ходят по графику.")]
    [InlineData("Secretary of the council Hanna Melnyk said buses would run on Sunday.")]
    [InlineData("«Жодна колона не пройшла до мосту», – сказав сапер.")]
    [InlineData("«Жоден з дронів не влучив у підстанцію», – заявили енергетики.")]
    [InlineData("«Селище тримаємо, хоча обстріли не вщухають», – розповів командир роти.")]
    [InlineData("«Поселок держим, но связь пропадает», — рассказал боец.")]
    [InlineData("По словам сотрудника Королевского университета, фронт стабилизировался.")]
    [InlineData("Науковці Королівського товариства закликали до перемир'я.")]
    [InlineData("Royal engineers from the allied mission inspected the bridge.")]
    [InlineData("«Машина була позначена емблемою фонду, її було добре видно з повітря», — сказала директорка.")]
    [InlineData("Машину з гуманітарним вантажем знищив дрон.")]
    [InlineData("Машины скорой помощи вывезли раненых из села.")]
    [InlineData("Машиной управлял волонтер фонда.")]
    public void Process_CapitalisedCommonWord_IsNoPlace(string text)
    {
        var d = PlacesRun.Run(text, new DateOnly(2025, 12, 1));
        Assert.True(d.Places.Count == 0, string.Join(", ", d.Places.Select(p => $"{p.Text}={p.Name}")));
    }

    /// <summary>The village whose name is also a noun keeps its name where the noun has no such form.</summary>
    [Theory]
    [InlineData("Вночі дрон атакував Машине.")]
    [InlineData("Ночью дрон атаковал Машино.")]
    public void Process_VillageNamedLikeACommonNoun_StaysAPlace(string text)
    {
        var d = PlacesRun.Run(text, new DateOnly(2025, 12, 1));
        Assert.Contains(d.Places, p => p.Name == "Mashyno");
    }
}
