namespace Sitrep.Extraction.Tests.Places;

public sealed class NotPlaceTests
{
    [Theory]
    [InlineData("Крім того, ворог скинув дві авіабомби.")]
    [InlineData("Кроме того, сбиты три беспилотника.")]
    [InlineData("Того ж вечора світло повернули.")]
    [InlineData("Енергетики обіцяють відновити живлення до ранку.")]
    [InlineData("На Північно-Слобожанському напрямку було спокійно.")]
    [InlineData("На Волинському та Поліському напрямках змін не виявлено.", "Волинському")]
    [InlineData("No offensive groups were seen in the Polissia direction.")]
    public void Process_FunctionWordOrHistoricalRegion_FindsNoPlace(string text, string? except = null)
    {
        Assert.All(PlacesRun.Run(text).Places, p => Assert.Equal(except, p.Text));
    }

    [Fact]
    public void Process_FunctionWordSpellingAfterPreposition_IsStillAName()
    {
        Assert.Single(PlacesRun.Run("Делегація вилетіла до Того у вівторок.").Places, p => p.Text == "Того");
    }

    [Theory]
    [InlineData("Drones were launched from the left bank of the Dnipro River overnight.", "Dnipro")]
    [InlineData("Soldiers held the eastern bank of the Oskil for a week.", "Oskil")]
    [InlineData("A missile carrier was spotted in the Sea of Azov.", "Azov")]
    [InlineData("Ворог обстріляв лівий берег Дніпра.", "Дніпра")]
    public void Process_RiverOrSea_IsNotTheTown(string text, string name)
    {
        Assert.DoesNotContain(PlacesRun.Run(text).Places, p => p.Text.StartsWith(name, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Dnipro was hit by a ballistic missile at dawn.", "Dnipro")]
    [InlineData("The drone struck a depot in Azov, the governor said.", "Azov")]
    [InlineData("Удар по Дніпру пошкодив два будинки.", "Дніпру")]
    public void Process_TownNotNextToWaterWord_IsStillFound(string text, string name)
    {
        Assert.Single(PlacesRun.Run(text).Places, p => p.Text == name);
    }

    [Theory]
    [InlineData("Units of the Dnepr group of forces struck two brigades.", "Dnepr")]
    [InlineData("Подразделения группировки войск «Днепр» поразили технику.", "Днепр")]
    [InlineData("The 425th Separate Assault Regiment \"Skelya\" moved into the city.", "Skelya")]
    public void Process_GroupOrUnitNickname_IsNotAPlace(string text, string name)
    {
        Assert.DoesNotContain(PlacesRun.Run(text).Places, p => p.Text == name);
    }

    [Fact]
    public void Process_CityNameOfOperationalGroup_StaysAPlaceWithRoleName()
    {
        var d = PlacesRun.Run("The Luhansk operational-tactical group reported calm.");
        Assert.Equal(Sitrep.Core.Model.PlaceRole.Name, d.Mention("Luhansk").Role);
    }

    [Theory]
    [InlineData("Shakhtar Donetsk beat Metalist 1925 Kharkiv 3-1 on Sunday.")]
    [InlineData("Polissya Zhytomyr were held by Veres Rivne.")]
    [InlineData("Shakhtar Donetsk won. Metalist 1925 Kharkiv equalised before the break, but Shakhtar scored twice.")]
    public void Process_FootballClub_IsNotAPlace(string text)
    {
        Assert.Empty(PlacesRun.Run(text).Places);
    }

    [Fact]
    public void Process_CityNamedApartFromClub_IsStillFound()
    {
        var d = PlacesRun.Run("Shakhtar Donetsk lost at home. Shakhtar has not played in Donetsk since 2014.");
        Assert.Single(d.Places, p => p.Text == "Donetsk" && p.GeonameId == 709717L);
        Assert.DoesNotContain(d.Places, p => p.Text == "Shakhtar");
    }

    [Theory]
    [InlineData("Shakhtar Donetsk won 2-0. The Kharkiv defence held until the 80th minute.", false)]
    [InlineData("The Kharkiv defence line held until the evening, the brigade said.", true)]
    public void Process_CityBeforeTeamWord_IsTheTeamOnlyInAMatchReport(string text, bool isPlace)
    {
        Assert.Equal(isPlace, PlacesRun.Run(text).Places.Any(p => p.Text == "Kharkiv"));
    }

    [Fact]
    public void Process_ClubWordNeverNamedAsClub_StaysTheVillage()
    {
        Assert.Single(PlacesRun.Run("Shelling was reported near Metalist overnight.").Places, p => p.Text == "Metalist");
    }
}
