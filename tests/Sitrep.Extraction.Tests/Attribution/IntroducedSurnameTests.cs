using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// An interview or feature introduces a person by the full name with an appositive and no reporting verb ("Oksana
/// Hrytsenko, 44, a medic with Ukraine's 47th Brigade, spoke to us ...") and quotes them later by the surname alone:
/// the surname is that person, with the appositive's side. A surname no full name introduced, or one that only
/// shares the given name, stays as written.
/// </summary>
public sealed class IntroducedSurnameTests
{
    [Theory]
    [InlineData("Oksana Hrytsenko, 44, a medic with Ukraine's 47th Mechanised Brigade, spoke to us on Monday. \"We carried nine wounded men out of the trenches last night,\" Hrytsenko said.", "Oksana Hrytsenko")]
    [InlineData("Оксана Гриценко, 44 роки, бойова медикиня Збройних сил України, поговорила з нами в понеділок. «Минулої ночі ми винесли з окопів дев'ятьох поранених», — сказала Гриценко.", "Оксана Гриценко")]
    [InlineData("Оксана Гриценко, 44 года, военный медик Вооружённых сил Украины, поговорила с нами в понедельник. «Прошлой ночью мы вынесли из окопов девять раненых», — сказала Гриценко.", "Оксана Гриценко")]
    public void Process_SurnameAfterAnIntroducedFullName_IsThatPersonWithTheAppositivesSide(string text, string speaker)
    {
        var doc = Docs.Attributed(text, outlet: "Test Herald");

        var attribution = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, attribution.Speaker);
        Assert.Equal("UA", attribution.Side);
    }

    [Theory]
    [InlineData("Oksana Melnyk, 44, a medic with Ukraine's 47th Mechanised Brigade, spoke to us on Monday. \"We carried nine wounded men out of the trenches last night,\" Hrytsenko said.", "Hrytsenko")]
    [InlineData("Оксана Мельник, 44 роки, бойова медикиня Збройних сил України, поговорила з нами в понеділок. «Минулої ночі ми винесли з окопів дев'ятьох поранених», — сказала Гриценко.", "Гриценко")]
    [InlineData("Оксана Мельник, 44 года, военный медик Вооружённых сил Украины, поговорила с нами в понедельник. «Прошлой ночью мы вынесли из окопов девять раненых», — сказала Гриценко.", "Гриценко")]
    public void Process_SurnameNoFullNameIntroduced_StaysAsWritten(string text, string speaker)
    {
        var doc = Docs.Attributed(text, outlet: "Test Herald");

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }
}
