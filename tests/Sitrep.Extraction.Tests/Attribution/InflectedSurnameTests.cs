using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// Ukrainian and Russian decline surnames: "За словами Коваленка", "По словам Бондаря" name the person a full name
/// introduced before ("Віталій Коваленко", "Олег Бондарь"), whether that name spoke or was only introduced. A stem
/// keeps at least four letters, so a longer surname that begins with a short one's letters ("Лисенка" after "Іван Лис")
/// is another person, and an English surname links as written.
/// </summary>
public sealed class InflectedSurnameTests
{
    [Theory]
    [InlineData("Уночі дрони атакували Оріхів. Про це повідомив начальник районної військової адміністрації Віталій Коваленко. За словами Коваленка, поранено двох чоловіків.", "Віталій Коваленко")]
    [InlineData("Ночью дроны атаковали Шебекино. Об этом сообщил глава районной администрации Олег Бондарь. По словам Бондаря, ранены двое мужчин.", "Олег Бондарь")]
    [InlineData("Drones attacked Orikhiv overnight, said Vitalii Kovalenko, head of the district military administration. Two men were wounded, Kovalenko said.", "Vitalii Kovalenko")]
    public void Process_SurnameInAnotherCase_IsTheFullNameThatSpoke(string text, string speaker)
    {
        var doc = Docs.Attributed(text, outlet: "Test Herald");

        Assert.Equal(speaker, doc.Attributions[^1].Speaker);
    }

    [Theory]
    [InlineData("Сергій Бондар, 31 рік, пілот дрона 102-ї бригади ТрО, поговорив з нами в четвер. За словами Бондаря, росіяни атакують малими групами.", "Сергій Бондар")]
    [InlineData("Сергей Бондарь, 31 год, оператор дрона, поговорил с нами в четверг. По словам Бондаря, противник атакует малыми группами.", "Сергей Бондарь")]
    public void Process_SurnameInAnotherCase_IsTheFullNameThatIntroducedIt(string text, string speaker)
    {
        var doc = Docs.Attributed(text, outlet: "Test Herald");

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("Про це повідомив начальник районної військової адміністрації Іван Лис. За словами Лисенка, поранено двох чоловіків.", "Іван Лис")]
    [InlineData("Об этом сообщил глава районной администрации Иван Лис. По словам Лисенко, ранены двое мужчин.", "Иван Лис")]
    [InlineData("Drones attacked Orikhiv overnight, said Ivan Lys, head of the district military administration. Two men were wounded, Lysenko said.", "Ivan Lys")]
    public void Process_LongerSurnameSharingAShortOnesLetters_IsNotLinked(string text, string introduced)
    {
        var doc = Docs.Attributed(text, outlet: "Test Herald");

        Assert.NotEqual(introduced, doc.Attributions[^1].Speaker);
    }
}
