using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Places.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// Ukrainian puts a v before the o of Russian ol'kh-/ol'sh- and the u of ugl- (вільха/ольха, вугілля/уголь), and
/// writes the Russian feminine adjective ending -aya as -a: a Russian spelling finds the Ukrainian name.
/// </summary>
public sealed class ProtheticVTests
{
    private static Document Run(string text)
    {
        var d = new Document(text, new DocumentMetadata { Published = new DateOnly(2014, 9, 2) });
        new TextStage().Process(d, CancellationToken.None);
        new PlacesStage().Process(d, CancellationToken.None);
        return d;
    }

    [Theory]
    [InlineData("Militia positions near Nizhnyaya Olkhovaya came under mortar fire overnight.", "Nizhnyaya Olkhovaya", "Nyzhnia Vilkhova")]
    [InlineData("Two soldiers were wounded in Olkhove, the battalion wrote on its page.", "Olkhove", "Vilkhove")]
    public void Process_RussianSpellingWithoutProtheticV_FindsUkrainianVillage(string text, string surface, string name)
    {
        var place = Run(text).Mention(surface);
        Assert.Equal(name, place.Name);
        Assert.Equal("Luhansk Oblast", place.Admin1);
    }

    [Fact]
    public void Process_KnownFirstWordBeforeAPerson_KeepsTheTown()
    {
        var d = Run("Mariupol Mayor Vadym Boichenko said the shelling had stopped.");
        Assert.Equal("Mariupol", d.Mention("Mariupol").Text);
    }

    [Theory]
    [InlineData("Olkhovaya", "Vilkhova", true)]
    [InlineData("Olshanka", "Vilshanka", true)]
    [InlineData("Uglegorsk", "Vuhlehirsk", true)]
    [InlineData("Nizhnyaya Olkhovaya", "Nyzhnia Vilkhova", true)]
    [InlineData("Olhynka", "Vilhynka", false)] // Olha's village, not the alder's
    [InlineData("Olkhovaya", "Olkhovatka", false)]
    public void Same_ProtheticVAndFeminineEnding_AreOneName(string written, string name, bool same)
    {
        Assert.Equal(same, SpellingDistance.Same(written, name));
    }
}
