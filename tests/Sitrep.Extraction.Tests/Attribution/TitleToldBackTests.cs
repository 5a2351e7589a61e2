using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A person introduced with a title and a name ("Речник Сил оборони півдня України Андрій Ковальчук", "Голова Запорізької
/// ОВА Іван Дорошенко", "Regional administration head Oleh Tarasenko") is named again by that title alone: in another case
/// ("За словами речника", "По словам представителя") or shortened to its head and its body's word ("голова ОВА", "Глава
/// администрации", "the head of the administration"). A person introduced with another title is not reached.
/// </summary>
public sealed class TitleToldBackTests
{
    [Theory]
    [InlineData("Речник Сил оборони півдня України Андрій Ковальчук заявив, що селище під контролем українських підрозділів. За словами речника, за добу окупанти шість разів штурмували позиції.", "Андрій Ковальчук")]
    [InlineData("Представитель Сил обороны юга Украины Андрей Ковальчук заявил, что посёлок под контролем украинских подразделений. По словам представителя, за сутки противник шесть раз штурмовал позиции.", "Андрей Ковальчук")]
    [InlineData("Голова Запорізької ОВА Іван Дорошенко повідомив, що пошкоджено два будинки. Пізніше голова ОВА уточнив, що серед поранених є дитина.", "Іван Дорошенко")]
    [InlineData("Глава Харьковской областной военной администрации Олег Тарасенко сообщил, что повреждены два дома. Глава администрации также сообщил, что в Купянске продолжаются бои.", "Олег Тарасенко")]
    [InlineData("Regional administration head Oleh Tarasenko said two houses had been damaged. The head of the administration added that fighting continued in Kupiansk.", "Oleh Tarasenko")]
    public void Process_TitleAloneLater_IsThePersonItIntroduced(string text, string name)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(name, doc.Attributions[^1].Speaker);
    }

    [Theory]
    [InlineData("Командир батальйону Андрій Ковальчук заявив, що селище під контролем українських підрозділів. За словами речника, за добу окупанти шість разів штурмували позиції.", "Андрій Ковальчук")]
    [InlineData("Командир батальона Андрей Ковальчук заявил, что посёлок под контролем украинских подразделений. По словам представителя, за сутки противник шесть раз штурмовал позиции.", "Андрей Ковальчук")]
    [InlineData("Battalion commander Oleh Tarasenko said two houses had been damaged. The head of the administration added that fighting continued in Kupiansk.", "Oleh Tarasenko")]
    public void Process_TitleAfterAnotherTitle_IsNotThatPerson(string text, string name)
    {
        // twin: the person was introduced with another title
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.NotEqual(name, doc.Attributions[^1].Speaker);
    }
}
