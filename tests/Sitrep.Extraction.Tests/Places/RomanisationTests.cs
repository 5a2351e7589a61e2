using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Places.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>Russian-style romanisations no source spells out are found by their consonant skeleton.</summary>
public sealed class RomanisationTests
{
    private static Document Run(string text, DateOnly? published = null)
    {
        var d = new Document(text, new DocumentMetadata { Published = published ?? new DateOnly(2015, 2, 3) });
        new TextStage().Process(d, CancellationToken.None);
        new PlacesStage().Process(d, CancellationToken.None);
        return d;
    }

    [Theory]
    [InlineData("Two militiamen were killed by mortar fire near Lutugyne overnight.", "Lutugyne", "Lutuhyne")]
    [InlineData("Rebels say Ukrainian artillery shelled Tsvetnye Peski on Sunday.", "Tsvetnye Peski", "Tsvitni Piski")]
    [InlineData("A checkpoint near Khryashchuvatoye came under fire, the army said.", "Khryashchuvatoye", "Khriashchuvate")]
    [InlineData("Fighters of the battalion were ambushed near Kuteinikovo.", "Kuteinikovo", "Kuteinykove")]
    public void Process_RussianStyleRomanisation_FindsUkrainianPlace(string text, string surface, string name)
    {
        var place = Run(text).Mention(surface);
        Assert.Equal(name, place.Name);
        Assert.Equal("UA", place.Country);
    }

    [Theory]
    [InlineData("Ukrainian gunners took the crossings near Hola Pristan under fire control.", "Hola Pristan", "Hola Prystan")]
    [InlineData("Residents of Velika Novoselka queued for water on Monday.", "Velika Novoselka", "Velyka Novosilka")]
    public void Process_ShortFirstWordOfATwoWordName_FindsThePlaceInTheOtherRomanisation(string text, string surface, string name)
    {
        // "Hola" alone is too short to look up by skeleton; with the next word it is a name
        var place = Run(text, new DateOnly(2022, 9, 6)).Mention(surface);
        Assert.Equal(name, place.Name);
        Assert.Equal("UA", place.Country);
    }

    [Theory]
    [InlineData("Border guards reported mortar fire on Dyakovo at dawn.", "Dyakovo", "Diakove")]
    [InlineData("The column was ambushed outside Orlovo-Ivanovka, the volunteers said.", "Orlovo-Ivanovka", "Orlovo-Ivanivka")]
    [InlineData("Paratroopers left Mnogopolye after two days of shelling.", "Mnogopolye", "Mnohopillia")]
    public void Process_ShortOrHyphenatedRussianSpelling_FindsUkrainianPlace(string text, string surface, string name)
    {
        var place = Run(text, new DateOnly(2014, 8, 8)).Mention(surface);
        Assert.Equal(name, place.Name);
        Assert.Equal("Donetsk Oblast", place.Admin1);
    }

    [Theory]
    [InlineData("Major Oleh Dyakov told reporters the unit had rotated out.", "Dyakov")]
    [InlineData("The Orlovo-based company denied the report.", "Orlovo-based")]
    [InlineData("\"We held out for a month,\" said Serhiy, who now runs a repair shop.", "Serhiy")]
    [InlineData("Sniper fire killed Denys Herman near the front.", "Herman")]
    public void Process_WordWithShortSkeletonOfAVillage_IsNotAPlace(string text, string word)
    {
        // d-k-v is also Diakove's skeleton, but "Dyakov" is not the same name, and it follows a first name.
        Assert.DoesNotContain(Run(text, new DateOnly(2014, 8, 8)).Places, p => p.Text == word);
    }

    [Fact]
    public void Process_RussianSpellingOfKnownName_AlsoConsidersUkrainianSpelling()
    {
        // "Peski" names villages near Mykolaiv and Moscow; in 2015 it is Pisky by Donetsk airport, which the
        // sources spell only "Pisky".
        var place = Run("Separatists shelled Peski again on Tuesday night.", new DateOnly(2015, 1, 20)).Mention("Peski");
        Assert.Equal("Pisky", place.Name);
        Assert.InRange(place.Lat, 48.0, 48.15);
    }

    [Fact]
    public void Process_ExactNameInTheatre_BeatsItsOtherRomanisation()
    {
        var place = Run("Russian troops attacked near Uspenivka, north-east of Huliaipole.", new DateOnly(2025, 11, 2)).Mention("Uspenivka");
        Assert.Equal("Uspenivka", place.Name);
    }

    [Fact]
    public void Process_TownWithTwoGazetteerSpellings_KeepsTheSpellingWritten()
    {
        // GeoNames has Kurakhove and Kurakhovo as two entries a few hundred metres apart; the text's spelling wins.
        var place = Run("Shelling damaged the power plant in Kurakhove overnight.", new DateOnly(2024, 10, 5)).Mention("Kurakhove");
        Assert.Equal(695357L, place.GeonameId);
    }

    [Theory]
    [InlineData("Paratroopers held their positions at Marinovka under heavy fire on Saturday.", "Marinovka", "Marynivka")]
    [InlineData("Militia commanders claimed their men had surrounded Marinovka.", "Marinovka", "Marynivka")]
    public void Process_RussianSpellingWithExactNamesakeElsewhere_FindsTheFrontVillage(string text, string surface, string name)
    {
        // Marinovka is also the own name of a village near Volnovakha; in August 2014 the fighting was at the
        // border village of Marynivka by Savur-Mohyla, which GeoNames spells only the Ukrainian way.
        var place = Run(text, new DateOnly(2014, 8, 9)).Mention(surface);
        Assert.Equal(name, place.Name);
        Assert.InRange(place.Lat, 47.85, 47.95);
        Assert.InRange(place.Lon, 38.8, 38.9);
    }

    [Fact]
    public void Process_RussianSpellingWithRegionNamed_StaysInThatRegion()
    {
        // The trap the other way: the region the text names outweighs the front.
        var place = Run("A tractor hit a mine near Marinovka in the Zaporizhzhia region.", new DateOnly(2014, 8, 9)).Mention("Marinovka");
        Assert.Equal("Zaporizhzhia Oblast", place.Admin1);
    }

    [Theory]
    [InlineData("Police moved to clear infiltrators from the Shakhtarskyi neighbourhood, officials said.", "Shakhtarskyi")]
    [InlineData("Debris fell in the Kyivskyi and Prymorskyi districts of the city.", "Prymorskyi")]
    [InlineData("Debris fell in the Kyivskyi and Prymorskyi districts of the city.", "Kyivskyi")]
    public void Process_WordWithSkeletonOfAVillage_IsNotAPlace(string text, string word)
    {
        // no village by its consonants; a city district of that name (Odesa's Kyivskyi district) is no spelling slip
        Assert.DoesNotContain(Run(text).Places, p => p.Text == word && p.FeatureCode != "PPLX");
    }

    [Fact]
    public void Process_CountryWhoseSkeletonIsAVillages_IsTheCountry()
    {
        // "Germany" shares a consonant skeleton with the village Garman: the country's own name wins
        var place = Run("Ministers from Germany and France met in Geneva to discuss the ceasefire.").Mention("Germany");
        Assert.Equal(2921044, place.GeonameId);
        Assert.Equal("DE", place.Country);
    }

    [Theory]
    [InlineData("Lutugino", "Lutuhyne", true)]
    [InlineData("Stepanovka", "Stepanivka", true)]
    [InlineData("Georgievka", "Heorhiivka", true)]
    [InlineData("Germany", "Garman", false)]
    [InlineData("Kyivskyi", "Kovske", false)]
    [InlineData("Obolonskyi", "Belinskoye", false)]
    public void Close_RomanisationsOfOneName_AreClose(string written, string name, bool close)
    {
        Assert.Equal(close, SpellingDistance.Close(written, name));
    }

    [Theory]
    [InlineData("Marinovka", "Marynivka", true)]
    [InlineData("Komissarovka", "Komisarivka", true)]
    [InlineData("Pobeda", "Pobieda", true)]
    [InlineData("Kalinovo", "Kalynove", true)]
    [InlineData("Marinka", "Marynivka", false)]
    [InlineData("Kyivskyi", "Kyivske", false)]
    public void Same_OtherRomanisationOfOneName_IsSame(string written, string name, bool same)
    {
        Assert.Equal(same, SpellingDistance.Same(written, name));
    }

    [Fact]
    public void Of_UkrainianAndRussianRomanisations_GiveOneSkeleton()
    {
        static string S(string w)
        {
            Span<char> buffer = stackalloc char[48];
            return new string(buffer[..Skeleton.Of(w, buffer)]);
        }

        Assert.Equal(S("Lutuhyne"), S("Lutugino"));
        Assert.Equal(S("Khriashchuvate"), S("Hryaschuvate"));
        Assert.Equal(S("Debaltseve"), S("Debaltsevo"));
        Assert.NotEqual(S("Marinka"), S("Marynivka"));
    }

    [Theory]
    [InlineData("Russian units attacked in the Yuzhno-Donetsk direction overnight.")]
    [InlineData("Бої тривають на Південно-Донецькому напрямку.")]
    public void Process_CompassPrefixedHyphenatedName_IsNotTheCity(string text)
    {
        // "South Donetsk" is an operational direction far from the city of Donetsk.
        Assert.DoesNotContain(Run(text, new DateOnly(2023, 2, 3)).Places, p => p.Name == "Donetsk");
    }

    [Fact]
    public void Process_HyphenatedPairOfTowns_StillGivesBoth()
    {
        // The trap the other way: a hyphenated pair without a compass word is two places.
        var places = Run("Drones struck the Pokrovsk-Myrnohrad agglomeration.", new DateOnly(2024, 12, 1)).Places;
        Assert.Contains(places, p => p.Name == "Pokrovsk");
        Assert.Contains(places, p => p.Name == "Myrnohrad");
    }

    [Theory]
    [InlineData("Stanislav Bohuslavsky was killed by a sniper near Avdiivka.", "Stanislav")]
    [InlineData("Sergeant Vasyl Ostrovsky was killed at Novooleksandrivka.", "Ostrovsky")]
    public void Process_GivenNameAndSurname_AreNotPlaces(string text, string word)
    {
        // Stanislav was Ivano-Frankivsk's name until 1962; here it is a soldier's given name.
        var d = Run(text, new DateOnly(2021, 12, 31));
        Assert.DoesNotContain(d.Places, p => p.Text == word);
        Assert.Contains(d.Places, p => p.Text is "Avdiivka" or "Novooleksandrivka");
    }

    [Fact]
    public void Process_OldNameAfterLocative_IsStillThePlace()
    {
        // The trap the other way: with a locative word before it, the old name is the town.
        var place = Run("The printing house in Stanislav was founded in 1890.", new DateOnly(2021, 12, 31)).Mention("Stanislav");
        Assert.Equal("Ivano-Frankivsk", place.Name);
    }

    [Theory]
    [InlineData("Border guards at Porechye came under fire from across the border.", "Porechye", "Porichchia", "2014-07-12")]
    [InlineData("Volunteers held the road near Tripolye, north of Svitlodarsk.", "Tripolye", "Tripol'ye", "2015-01-26")]
    [InlineData("Two fighters died in a clash at Provalie, the militia said.", "Provalie", "Provallia", "2014-07-15")]
    public void Process_RussianEndingInYeOfUkrainianNameInYa_FindsTheUkrainianVillage(string text, string surface, string name, string published)
    {
        // Russian -ье is Ukrainian doubled consonant plus -я (Поречье/Поріччя, Трипольe/Трипілля, Провалье/Провалля)
        var place = Run(text, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)).Mention(surface);
        Assert.Equal(name, place.Name);
        Assert.Equal("UA", place.Country);
    }

    [Fact]
    public void Process_HyphenedNameWrittenWithSpacesAroundTheHyphen_IsTheOneVillage()
    {
        var place = Run("The unit broke out near Orlovo - Ivanivka at night.", new DateOnly(2014, 8, 2)).Mention("Orlovo - Ivanivka");
        Assert.Equal("Orlovo-Ivanivka", place.Name);
    }

    [Fact]
    public void Process_TwoTownsJoinedBySpacedHyphen_StayTwoPlaces()
    {
        var d = Run("Traffic on the Donetsk - Horlivka road was stopped.", new DateOnly(2015, 2, 3));
        Assert.Equal(["Donetsk", "Horlivka"], d.Places.Select(p => p.Text));
    }

    [Fact]
    public void Process_XForKs_FindsTheUkrainianVillage()
    {
        var place = Run("Shelling hit Alexandrovskoye overnight.", new DateOnly(2014, 8, 27)).Mention("Alexandrovskoye");
        Assert.Equal("Oleksandrivske", place.Name.Replace("'", "", StringComparison.Ordinal));
        Assert.Equal("UA", place.Country);
    }

    [Fact]
    public void Process_RussianOrdinalOfNumberedVillage_FindsTheUkrainianName()
    {
        var place = Run("Militiamen took positions near Novoselovka Pervaya.", new DateOnly(2014, 7, 4)).Mention("Novoselovka Pervaya");
        Assert.Equal("Novoselivka Persha", place.Name);
    }
}
