using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// The claim builder finds a place's token by a binary search over the document's tokens instead of a scan: it must
/// give the token the plain scan gives, for every offset and window, or claims would lose or change their places.
/// </summary>
public sealed class TokenSearchTests
{
    [Theory]
    [InlineData("Russian forces struck Kharkiv overnight, the regional governor said. Two people were wounded near the railway station.")]
    [InlineData("Зранку окупанти обстріляли Херсон. Поранено двох людей, повідомила ОВА; евакуйовано до лікарні в Миколаєві.")]
    [InlineData("ВСУ атаковали Белгород — сбиты 12 беспилотников, сообщило Минобороны.  Пострадавших нет.")]
    [InlineData("")]
    public void FirstAtOrAfter_AnyOffsetAndWindow_GivesTheTokenAScanFinds(string text)
    {
        var tokens = Docs.Text(text).Tokens.ToArray();
        var random = new Random(17);
        for (var run = 0; run < 2000; run++)
        {
            var from = tokens.Length == 0 ? 0 : random.Next(tokens.Length + 1);
            var count = random.Next(tokens.Length - from + 1);
            var offset = random.Next(-2, text.Length + 3);

            var plain = Array.FindIndex(tokens, from, count, t => t.Start >= offset);

            Assert.Equal(plain, TokenSearch.FirstAtOrAfter(tokens, from, count, offset));
            Assert.Equal(Array.FindIndex(tokens, from, t => t.Start >= offset), TokenSearch.FirstAtOrAfter(tokens, from, offset));
        }
    }

    [Theory]
    [InlineData("Three wounded soldiers were taken to Dnipro.", "Dnipro", true)]
    [InlineData("The wounded were flown to the Rostov hospital, officials said.", "Rostov", true)]
    [InlineData("Тяжелораненые доставлены в Скадовск.", "Скадовск", true)]
    [InlineData("Поранених евакуйовано до Запоріжжя.", "Запоріжжя", true)]
    [InlineData("Drones struck Dnipro overnight.", "Dnipro", false)]
    [InlineData("The convoy came to the Kupiansk bridge.", "Kupiansk", false)]
    [InlineData("Officials said that the wounded were TAKEN TO THE Kramatorsk hospital.", "Kramatorsk", true)]
    public void IsDestination_CueBeforeThePlace_TellsWhereSomeoneWasTaken(string text, string name, bool expected)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        var place = new PlaceMention { Span = new TextSpan(at, at + name.Length), Text = name, Name = name, GeonameId = 1, Country = "UA", Lat = 48.0, Lon = 37.0 };

        Assert.Equal(expected, PlaceAnaphor.IsDestination(text, place));
    }
}
