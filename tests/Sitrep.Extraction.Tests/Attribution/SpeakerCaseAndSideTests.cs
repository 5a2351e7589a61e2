using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A Ukrainian or Russian speaker named in an oblique case is named in the nominative; a unit's spokesman takes the
/// side the story tied the unit to.
/// </summary>
public sealed class SpeakerCaseAndSideTests
{
    [Theory]
    [InlineData("Вночі дрони атакували Житомир. Як повідомили в пресслужбі міської ради, пошкоджено два будинки.", "пресслужба міської ради")]
    [InlineData("За даними обласної військової адміністрації, уражено склад пального під Ніжином.", "обласна військова адміністрація")]
    [InlineData("По данным администрации, в Белгороде повреждены три жилых дома.", "администрация")]
    [InlineData("Вночі дрон атакував Марганець, повідомили в Нікопольській районній військовій адміністрації.", "Нікопольська районна військова адміністрація")]
    [InlineData("Як повідомили в обласній військовій адміністрації, пошкоджено лінію електропередачі.", "обласна військова адміністрація")]
    [InlineData("Ночью над Шебекино сбиты два беспилотника. Об этом сообщили в пресс-службе городской администрации.", "пресс-служба городской администрации")]
    public void Process_SpeakerInAnObliqueCase_IsNamedInTheNominative(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, doc.Attributions[^1].Speaker);
    }

    [Theory]
    [InlineData("пресслужбі міської ради", "uk", "пресслужба міської ради")]
    [InlineData("обласній військовій адміністрації", "uk", "обласна військова адміністрація")]
    [InlineData("міського голови", "uk", "міський голова")]
    [InlineData("Верховній Раді", "uk", "Верховна Рада")]
    [InlineData("Нікопольській районній військовій адміністрації", "uk", "Нікопольська районна військова адміністрація")]
    [InlineData("Олега Синєгубова", "uk", "Олега Синєгубова")]
    [InlineData("командуванні угруповання", "uk", "командування угруповання")]
    [InlineData("пресс-службе городской администрации", "ru", "пресс-служба городской администрации")]
    [InlineData("областном министерстве", "ru", "областное министерство")]
    [InlineData("городского главы", "ru", "городской глава")] // "-ого" does not tell "городской" from "городский": the adjectives bodies are named with are read from a list
    [InlineData("краевого главы", "ru", "краевого главы")] // an adjective not in the list is left alone
    [InlineData("губернатор Белгородской области", "ru", "губернатор Белгородской области")]
    [InlineData("пресслужба міської ради", "uk", "пресслужба міської ради")]
    [InlineData("Сил оборони півдня", "uk", "Сил оборони півдня")]
    [InlineData("regional administration", "en", "regional administration")]
    public void Of_ObliqueName_IsTheNominative(string name, string language, string nominative)
    {
        Assert.Equal(nominative, NominativeName.Of(name, language));
    }

    [Theory]
    [InlineData("Ukraine's 93rd brigade has held the line near Bakhmut for weeks. Petro Lysenko, a spokesman for the 93rd brigade, said no ground had been lost.", "UA")]
    [InlineData("Бійці 47-ї бригади ЗСУ відбили три штурми біля Авдіївки. Речник бригади Іван Сокіл заявив, що позиції втримано.", "UA")]
    [InlineData("Российская 155-я бригада морской пехоты пытается наступать под Угледаром. Командир бригады Иван Петров заявил, что подразделения продвинулись на два километра.", "RU")]
    [InlineData("The Ukrainian 93rd brigade has held the line near Bakhmut for weeks. Its spokesman Petro Lysenko said the unit had lost no ground.", "UA")]
    [InlineData("Бійці 47-ї бригади ЗСУ відбили три штурми біля Авдіївки. Її речник Іван Сокіл заявив, що позиції втримано.", "UA")]
    [InlineData("Российская 155-я бригада морской пехоты пытается наступать под Угледаром. Её представитель Иван Петров заявил, что подразделения продвинулись.", "RU")]
    public void Process_SpokesmanOfAUnitTheStoryTiedToASide_HasThatSide(string text, string side)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(side, doc.Attributions[^1].Side);
    }

    [Theory]
    [InlineData("Russian shelling hit the brigade's positions near Kupiansk on Tuesday. A spokesman for the brigade said two soldiers were wounded.")]
    [InlineData("Ukraine's 93rd brigade took heavy losses near Bakhmut. Oleh Marchuk, a spokesman for the 41st brigade, said the line held.")]
    [InlineData("Russian shelling hit the brigade's positions near Kupiansk. Its spokesman Petro Lysenko said two soldiers were wounded.")]
    public void Process_UnitNotTiedToASideByItsName_HasNoSide(string text)
    {
        var doc = Docs.Attributed(text);

        Assert.Null(doc.Attributions[^1].Side);
    }
}
