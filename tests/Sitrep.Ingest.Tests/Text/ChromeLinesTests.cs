using Sitrep.Ingest.Text;

namespace Sitrep.Ingest.Tests.Text;

public class ChromeLinesTests
{
    [Theory]
    [InlineData("Share")]
    [InlineData("  Subscribe  ")]
    [InlineData("Home | World | Ukraine | Business")]
    [InlineData("Главная › Новости › Происшествия")]
    [InlineData("We use cookies to improve your experience on our site.")]
    [InlineData("Ми використовуємо файли cookie, щоб сайт працював краще.")]
    [InlineData("Читайте також: Як живе прифронтове село")]
    [InlineData("Подписывайтесь на наш Telegram")]
    [InlineData("© 2025 Example Media. All rights reserved.")]
    [InlineData("Related: Kharkiv region: two injured in guided bomb strike on Kupiansk-Vuzlovyi")]
    [InlineData("Теги: Харківщина, обстріли, Куп'янськ")]
    [InlineData("По теме: Дрон атаковал подстанцию в Рыльске")]
    public void IsChrome_PageFurniture_IsTrue(string line)
    {
        Assert.True(ChromeLines.IsChrome(line));
    }

    [Theory]
    [InlineData("Russia fired 22 missiles at Kyiv overnight, the air force said.")]
    [InlineData("Ukraine")]
    [InlineData("Shelling in Kherson: 2 killed / 5 wounded / 11 evacuated.")]
    [InlineData("Сили оборони відбили 9 атак поблизу Куп'янська.")]
    [InlineData("Related talks on a prisoner exchange resumed in Istanbul on Monday, officials said.")]
    [InlineData("По темі переговорів у Женеві сторони не домовилися, заявив речник.")]
    public void IsChrome_StorySentence_IsFalseUnlessAWholeMenuWord(string line)
    {
        Assert.Equal(line == "Ukraine", ChromeLines.IsChrome(line));
    }
}
