namespace Sitrep.Extraction.Tests.Places;

public sealed class CountryFormTests
{
    [Theory]
    [InlineData("Всего над территорией России сбиты 80 беспилотников.", "России", 2017370L)]
    [InlineData("Министерство обороны Российской Федерации сообщило об ударе.", "Российской Федерации", 2017370L)]
    [InlineData("Удар нанесён по объектам на территории РФ.", "РФ", 2017370L)]
    [InlineData("Делегации встретились с представителями США.", "США", 6252001L)]
    [InlineData("Дрони атакували нафтобазу на території росії.", "росії", 2017370L)]
    public void Process_InflectedOrAbbreviatedCountry_IsTheCountry(string text, string surface, long geonameId)
    {
        Assert.Equal(geonameId, PlacesRun.Run(text).Mention(surface).GeonameId);
    }

    [Fact]
    public void Process_TownStartingLikeTheCountry_IsNotTheCountry()
    {
        var d = PlacesRun.Run("Поезд прибыл в Россошь утром.");
        Assert.DoesNotContain(d.Places, p => p.GeonameId == 2017370L);
    }

    [Theory]
    [InlineData("Вооружённые Силы Российской Федерации продолжают операцию.", "Российской Федерации", Sitrep.Core.Model.PlaceRole.Name)]
    [InlineData("Министерство обороны РФ сообщило о перехвате.", "РФ", Sitrep.Core.Model.PlaceRole.Name)]
    [InlineData("Над территорией России сбиты 30 дронов.", "России", Sitrep.Core.Model.PlaceRole.Location)]
    public void Process_CountryInsideABodysName_HasRoleName(string text, string surface, Sitrep.Core.Model.PlaceRole role)
    {
        Assert.Equal(role, PlacesRun.Run(text).Mention(surface).Role);
    }
}
