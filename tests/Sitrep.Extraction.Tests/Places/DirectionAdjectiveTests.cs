using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Places;

public sealed class DirectionAdjectiveTests
{
    [Theory]
    [InlineData("На Костянтинівському напрямку ворог атакував шість разів.", "Костянтинівському", 705104L)]
    [InlineData("Противник активен на Константиновском направлении.", "Константиновском", 705104L)]
    [InlineData("На Гуляйпільському напрямку тривають бої.", "Гуляйпільському", 707898L)]
    [InlineData("На Покровському напрямку зафіксовано 40 атак.", "Покровському", 704422L)]
    [InlineData("На Лиманському напрямку ворог просунувся.", "Лиманському", 704204L)]
    [InlineData("На Волинському напрямку змін немає.", "Волинському", 689064L)]
    [InlineData("Ворог обстріляв Марганецьку громаду з артилерії.", "Марганецьку", 701855L, PlaceRole.Location)]
    [InlineData("У Межівській громаді Дніпропетровської області пошкоджено лінію електропередачі.", "Межівській", 701305L, PlaceRole.Location)]
    [InlineData("Дрон атакував Білопільську громаду вночі.", "Білопільську", 712559L, PlaceRole.Location)]
    public void Process_DirectionOrCommunityAdjective_IsTheTownItIsMadeFrom(string text, string surface, long geonameId, PlaceRole role = PlaceRole.Direction)
    {
        var mention = PlacesRun.Run(text).Mention(surface);
        Assert.Equal(geonameId, mention.GeonameId);
        Assert.Equal(role, mention.Role);
    }

    [Fact]
    public void Process_CapitalisedWordBeforeCommunityWordThatIsNoTown_FindsNoPlace()
    {
        Assert.Empty(PlacesRun.Run("Об'єднана громада отримала генератори.").Places);
    }

    [Fact]
    public void Process_OleksandrivkaDirection_IsNotZaporizhzhiasOldName()
    {
        var mention = PlacesRun.Run("На Олександрівському напрямку ворог атакував 11 разів.").Mention("Олександрівському");
        Assert.Equal("Oleksandrivka", mention.Name);
    }

    [Fact]
    public void Process_AdjectiveWithoutDirectionWord_IsLeftAsMatched()
    {
        // a village whose own name is the adjective, not a direction
        var d = PlacesRun.Run("Бої точилися біля Олександрівського.");
        Assert.DoesNotContain(d.Places, p => p.Name == "Oleksandrivka");
    }
}
