namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// A town in -ка has an adjective of its own ("Шосткинська міська рада" is Shostka's council, "Охтирська громада"
/// Okhtyrka's); a large city's adjective in lower case before a capitalised name is the city ("эксперт киевского Центра"),
/// before a common noun it is not ("киевского режима", "за київським часом").
/// </summary>
public sealed class CouncilAdjectiveTests
{
    [Theory]
    [InlineData("Як повідомила Шосткинська міська рада, це вже четверта атака на громаду за тиждень.", "Шосткинська", "Shostka")]
    [InlineData("Шосткинский городской совет сообщил о повреждении котельной.", "Шосткинский", "Shostka")]
    [InlineData("Охтирська міська рада попередила про відключення світла.", "Охтирська", "Okhtyrka")]
    public void Process_KaTownAdjective_IsTheTown(string text, string surface, string name)
    {
        Assert.Equal(name, PlacesRun.Run(text, new DateOnly(2025, 12, 1)).Mention(surface).Name);
    }

    [Theory]
    [InlineData("Бывший офицер, ныне эксперт киевского Центра оборонных исследований, рассказал об этом.", "киевского", "Kyiv")]
    [InlineData("Працівники харківського Будинку культури облаштували укриття.", "харківського", "Kharkiv")]
    [InlineData("Сотрудники харьковского Физико-технического института эвакуированы.", "харьковского", "Kharkiv")]
    public void Process_LowerCaseCityAdjectiveBeforeName_IsTheCity(string text, string surface, string name)
    {
        Assert.Equal(name, PlacesRun.Run(text, new DateOnly(2025, 12, 1)).Mention(surface).Name);
    }

    [Theory]
    [InlineData("От ударов киевского режима пострадали мирные жители.")]
    [InlineData("Тривога тривала до 04:10 за київським часом.")]
    [InlineData("Вчера в 10:00 по московскому Времени началась атака.")]
    public void Process_LowerCaseCityAdjectiveBeforeCommonNoun_IsNoPlace(string text)
    {
        Assert.Empty(PlacesRun.Run(text, new DateOnly(2025, 12, 1)).Places);
    }
}
