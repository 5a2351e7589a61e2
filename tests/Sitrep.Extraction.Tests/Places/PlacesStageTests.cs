using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Places;

public sealed class PlacesStageTests
{
    [Theory]
    [InlineData("Russian forces shelled Kharkiv overnight, regional officials said.", "Kharkiv", 706483L)]
    [InlineData("Residents of Kharkov were told to stay in shelters.", "Kharkov", 706483L)]
    [InlineData("Air defence was active over Kiev on Sunday.", "Kiev", 703448L)]
    [InlineData("A missile struck a port facility in Odessa.", "Odessa", 698740L)]
    [InlineData("The drone hit an apartment block in Zaporozhye.", "Zaporozhye", 687700L)]
    [InlineData("Power was cut across Zaporizhzhia after the strike.", "Zaporizhzhia", 687700L)]
    [InlineData("Shipyards in Nikolaev were targeted again.", "Nikolaev", 700569L)]
    [InlineData("Crews restored water in Mykolaiv by evening.", "Mykolaiv", 700569L)]
    [InlineData("Troops held positions west of the city, near Avdeevka.", "Avdeevka", 713122L)]
    [InlineData("The last defenders left Avdiivka in February.", "Avdiivka", 713122L)]
    [InlineData("Fighting was reported close to Hulyaypole.", "Hulyaypole", 707898L)]
    [InlineData("Shelling damaged a school in Gulyaypole.", "Gulyaypole", 707898L)]
    [InlineData("Evacuations continued from Huliaipole.", "Huliaipole", 707898L)]
    [InlineData("Heavy fighting near Kryvyi Rih was not reported.", "Kryvyi Rih", 703845L)]
    public void Process_SpellingVariant_ResolvesToSamePlace(string text, string surface, long geonameId)
    {
        var mention = PlacesRun.Run(text).Mention(surface);
        Assert.Equal(geonameId, mention.GeonameId);
        Assert.Equal("UA", mention.Country);
    }

    [Theory]
    [InlineData("Wagner fighters claimed Artemivsk after months of assault.", "Artemivsk", 713174L, "Bakhmut")]
    [InlineData("The ministry said its units entered Artyomovsk.", "Artyomovsk", 713174L, "Bakhmut")]
    [InlineData("Moscow's officials still call the city Krasnoarmeysk.", "Krasnoarmeysk", 704422L, "Pokrovsk")]
    [InlineData("Бої за Артемовськ тривали місяцями.", "Артемовськ", 713174L, "Bakhmut")]
    [InlineData("Подразделения вошли в Красноармейск.", "Красноармейск", 704422L, "Pokrovsk")]
    public void Process_OldName_ResolvesToCurrentPlace(string text, string surface, long geonameId, string name)
    {
        var mention = PlacesRun.Run(text).Mention(surface);
        Assert.Equal(geonameId, mention.GeonameId);
        Assert.Equal(name, mention.Name);
    }

    [Theory]
    [InlineData("Бої тривають у Покровську.", "Покровську", 704422L)]
    [InlineData("Ворог накопичує сили під Покровськом.", "Покровськом", 704422L)]
    [InlineData("Ситуация в Покровске остается сложной.", "Покровске", 704422L)]
    [InlineData("Окупанти вдарили по околицях Харкова вночі.", "Харкова", 706483L)]
    [InlineData("У Харкові пролунали вибухи.", "Харкові", 706483L)]
    [InlineData("Удар пришелся по Харькову.", "Харькову", 706483L)]
    [InlineData("Ракети летіли на Київ.", "Київ", 703448L)]
    [InlineData("Очільник Києва прокоментував атаку.", "Києва", 703448L)]
    [InlineData("У Києві оголошено тривогу.", "Києві", 703448L)]
    [InlineData("Вибухи лунали в Одесі до ранку.", "Одесі", 698740L)]
    [InlineData("Обстріл Миколаєва тривав годину.", "Миколаєва", 700569L)]
    [InlineData("Сили оборони відійшли з Авдіївки.", "Авдіївки", 713122L)]
    [InlineData("Ситуація в Авдіївці складна.", "Авдіївці", 713122L)]
    [InlineData("ВСУ покинули Авдеевку.", "Авдеевку", 713122L)]
    [InlineData("Ночью над Запорожьем работала ПВО.", "Запорожьем", 687700L)]
    [InlineData("У Бахмуті тривають бої.", "Бахмуті", 713174L)]
    [InlineData("Вибухи пролунали в Ростові-на-Дону.", "Ростові-на-Дону", 501175L)]
    [InlineData("Бои идут в районе Новоселидовки.", "Новоселидовки", 699290L)]
    [InlineData("Штурмовые группы снова заходили на окраины Часова Яра.", "Часова Яра", 710915L)]
    [InlineData("В Часовом Яре осталось несколько сотен жителей.", "Часовом Яре", 710915L)]
    [InlineData("Евакуаційна група працювала біля Часового Яру до вечора.", "Часового Яру", 710915L)]
    [InlineData("У Часовому Яру знову зникло світло.", "Часовому Яру", 710915L)]
    public void Process_CyrillicInflection_ResolvesStem(string text, string surface, long geonameId)
    {
        Assert.Equal(geonameId, PlacesRun.Run(text).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Donetsk's occupation authorities announced a curfew.", "Donetsk", 709717L)]
    [InlineData("Russia's army claimed gains near the town.", "Russia", 2017370L)]
    [InlineData("Kherson’s riverside districts were shelled.", "Kherson", 706448L)]
    public void Process_EnglishPossessive_SpanExcludesSuffix(string text, string surface, long geonameId)
    {
        var mention = PlacesRun.Run(text).Mention(surface);
        Assert.Equal(geonameId, mention.GeonameId);
        Assert.Equal(0, mention.Span.Start);
        Assert.Equal(surface.Length, mention.Span.End);
    }

    [Theory]
    [InlineData("The Russian Defence Ministry said its units advanced in the Pokrovsk direction.", "Pokrovsk", PlaceRole.Direction)]
    [InlineData("On the Kupiansk axis, the enemy attacked eleven times.", "Kupiansk", PlaceRole.Direction)]
    [InlineData("На Покровському напрямку ворог атакував 40 разів.", "Покровському", PlaceRole.Direction)]
    [InlineData("На Покровском направлении подразделения продвинулись.", "Покровском", PlaceRole.Direction)]
    [InlineData("На Бахмутском направлении идут бои.", "Бахмутском", PlaceRole.Direction)]
    [InlineData("Volunteers of the Kharkiv battalion returned home.", "Kharkiv", PlaceRole.Name)]
    [InlineData("Moscow said the talks were pointless.", "Moscow", PlaceRole.Metonymy)]
    [InlineData("Kyiv denied the report within hours.", "Kyiv", PlaceRole.Metonymy)]
    [InlineData("Moscow has repeatedly denied targeting civilians.", "Moscow", PlaceRole.Metonymy)]
    [InlineData("Москва заявила о готовности к переговорам.", "Москва", PlaceRole.Metonymy)]
    [InlineData("Київ заперечив причетність до вибуху.", "Київ", PlaceRole.Metonymy)]
    [InlineData("The Kremlin said the operation would continue.", "Kremlin", PlaceRole.Metonymy)]
    [InlineData("The Kremlin's spokesman declined to comment.", "Kremlin", PlaceRole.Metonymy)]
    [InlineData("У Кремлі заявили про нові умови.", "Кремлі", PlaceRole.Metonymy)]
    [InlineData("Bankova has not commented on the dismissal.", "Bankova", PlaceRole.Metonymy)]
    [InlineData("Kharkiv said nothing for a day.", "Kharkiv", PlaceRole.Location)]
    [InlineData("Rebels accuse Kiev forces of shelling a school in Horlivka.", "Kiev", PlaceRole.Metonymy)]
    [InlineData("Separatists say Kyiv's military broke the truce twice overnight.", "Kyiv", PlaceRole.Metonymy)]
    [InlineData("Kharkiv forces of the national guard moved east.", "Kharkiv", PlaceRole.Location)]
    [InlineData("Kyiv authorities reported two dead after the strike.", "Kyiv", PlaceRole.Location)]
    [InlineData("Air raid sirens sounded in Moscow on Tuesday.", "Moscow", PlaceRole.Location)]
    [InlineData("Russia launched 120 drones from the Kursk region overnight.", "Kursk region", PlaceRole.Origin)]
    [InlineData("Shahed drones were launched from Bryansk and Kursk.", "Bryansk", PlaceRole.Origin)]
    [InlineData("Росія запустила дрони з Курської області.", "Курської області", PlaceRole.Origin)]
    [InlineData("The brigade withdrew from Avdiivka in good order.", "Avdiivka", PlaceRole.Location)]
    public void Process_Context_AssignsRole(string text, string surface, PlaceRole role)
    {
        Assert.Equal(role, PlacesRun.Run(text).Mention(surface).Role);
    }

    [Fact]
    public void Process_Kremlin_ResolvesToMoscow()
    {
        var mention = PlacesRun.Run("The Kremlin said the operation would continue.").Mention("Kremlin");
        Assert.Equal(524901L, mention.GeonameId);
        Assert.Equal("RU", mention.Country);
    }

    [Theory]
    [InlineData("Fighting was reported in the northern part of Pokrovsk.", "Pokrovsk", "north")]
    [InlineData("Assault groups reached the southern outskirts of Toretsk.", "Toretsk", "outskirts")]
    [InlineData("A missile hit the city centre of Kharkiv.", "Kharkiv", "city centre")]
    [InlineData("A drone hit a car in Kharkiv city centre.", "Kharkiv", "city centre")]
    [InlineData("Shelling in central Zaporizhzhia wounded four.", "Zaporizhzhia", "city centre")]
    [InlineData("Troops dug in 10 km east of Huliaipole.", "Huliaipole", "10 km east of")]
    [InlineData("The village lies north of Bakhmut.", "Bakhmut", "north of")]
    [InlineData("Ворог закріпився у північній частині Покровська.", "Покровська", "north")]
    [InlineData("Бои идут на окраинах Торецка.", "Торецка", "outskirts")]
    [InlineData("Вибух стався в центрі Харкова.", "Харкова", "city centre")]
    [InlineData("Бої точаться північніше Покровська.", "Покровська", "north of")]
    [InlineData("Подразделения закрепились западнее Угледара.", "Угледара", "west of")]
    [InlineData("Shelling hit Pokrovsk on Monday.", "Pokrovsk", null)]
    public void Process_SubPlacePhrase_SetsDetail(string text, string surface, string? detail)
    {
        Assert.Equal(detail, PlacesRun.Run(text).Mention(surface).Detail);
    }

    [Theory]
    [InlineData("Shelling was reported in the Donetsk region.", "Donetsk region", "Donetsk Oblast", "ADM1")]
    [InlineData("Residents of Zaporizhzhia Oblast were evacuated.", "Zaporizhzhia Oblast", "Zaporizhzhia Oblast", "ADM1")]
    [InlineData("Ракета влучила в Херсонській області.", "Херсонській області", "Kherson Oblast", "ADM1")]
    [InlineData("В Белгородской области объявлена тревога.", "Белгородской области", "Belgorod Oblast", "ADM1")]
    [InlineData("Russian forces had occupied most of Crimea by then.", "Crimea", "Crimea", "ADM1")]
    [InlineData("Голова Харківської ОВА повідомив про обстріл.", "Харківської ОВА", "Kharkiv Oblast", "ADM1")]
    [InlineData("Ukraine and Belarus share a long border.", "Ukraine", "Ukraine", "PCLI")]
    public void Process_RegionOrCountry_ResolvesToAdminArea(string text, string surface, string name, string feature)
    {
        var mention = PlacesRun.Run(text).Mention(surface);
        Assert.Equal(name, mention.Name);
        Assert.Equal(feature, mention.FeatureCode);
        Assert.True(mention.IsAdminArea);
    }

    [Theory]
    [InlineData("Kramatorsk", "UA", "Donetsk Oblast")]
    [InlineData("Belgorod", "RU", "Belgorod Oblast")]
    [InlineData("Sevastopol", "UA", "Sevastopol")]
    [InlineData("Minsk", "BY", "Minsk")]
    public void Process_Place_ReportsCountryCodeAndRegionName(string name, string country, string admin1)
    {
        var mention = PlacesRun.Run($"Officials in {name} reported explosions.").Mention(name);
        Assert.Equal(country, mention.Country);
        Assert.Equal(admin1, mention.Admin1);
    }

    [Theory]
    [InlineData("Russian forces are trying to encircle the Pokrovsk-Myrnohrad agglomeration.", "Pokrovsk", "Myrnohrad")]
    [InlineData("A Kyiv-based analyst said the Kostiantynivka-Druzhkivka road was under fire.", "Kostiantynivka", "Druzhkivka")]
    public void Process_HyphenatedPair_FindsEachPlace(string text, string first, string second)
    {
        var d = PlacesRun.Run(text);
        Assert.Equal("UA", d.Mention(first).Country);
        Assert.Equal("UA", d.Mention(second).Country);
    }

    [Theory]
    [InlineData("Shelling hit Kupiansk-Vuzlovyi overnight.", "Kupiansk-Vuzlovyi")]
    [InlineData("Sirens sounded in Rostov-on-Don and Ivano-Frankivsk.", "Rostov-on-Don")]
    public void Process_HyphenatedName_IsOneMention(string text, string surface)
    {
        PlacesRun.Run(text).Mention(surface);
    }

    [Theory]
    [InlineData("KYIV, March 3 (Agency) - Russia launched drones at Kharkiv and Odesa; Donetsk's governor said Avdiivka held.")]
    [InlineData("Бої тривають у Покровську та під Покровськом, а також в Покровске. У Харкові вибухи, у Києві тривога.")]
    [InlineData("Росія вдарила по Запоріжжю\u00A0й Дніпру. Kherson’s port and Mykolaiv were shelled.")]
    public void Process_EveryMention_TextEqualsDocumentSliceAndIsSorted(string text)
    {
        var d = PlacesRun.Run(text);
        Assert.NotEmpty(d.Places);
        foreach (var p in d.Places)
        {
            Assert.Equal(text[p.Span.Start..p.Span.End], p.Text);
        }

        Assert.Equal(d.Places.OrderBy(p => p.Span.Start).Select(p => p.Span.Start), d.Places.Select(p => p.Span.Start));
    }

    [Theory]
    [InlineData("The army fired from the MLRS Orekhov overnight, the governor said.", "Orekhov", 698428L)]
    [InlineData("Crews of the HIMARS Kupiansk battery were named in the report.", "Kupiansk", 703656L)]
    public void Process_PlaceAfterAnAcronym_IsNotASurname(string text, string surface, long geonameId)
    {
        Assert.Equal(geonameId, PlacesRun.Run(text).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Rebel commander Arseny 'Motorola' Pavlov died in a blast in Donetsk.")]
    [InlineData("Field commander Oleg \"Sokol\" Kozlov was wounded in Donetsk.")]
    public void Process_SurnameAfterAQuotedNickname_IsNotAPlace(string text)
    {
        Assert.Equal(["Donetsk"], PlacesRun.Run(text).Places.Select(p => p.Text));
    }
}
