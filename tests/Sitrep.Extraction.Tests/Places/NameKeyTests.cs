using Sitrep.Extraction.Places.GazetteerBuild;
using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Tests.Places;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Покровськ", "Покровську")]
    [InlineData("Покровськ", "Покровськом")]
    [InlineData("Покровск", "Покровске")]
    [InlineData("Авдіївка", "Авдіївці")]
    [InlineData("Авдеевка", "Авдеевкой")]
    [InlineData("Мирне", "Мирному")]
    [InlineData("Мирное", "Мирного")]
    [InlineData("Суми", "Сумах")]
    [InlineData("Запоріжжя", "Запоріжжі")]
    [InlineData("Kup'yans'k", "Kupyansk")]
    [InlineData("Kupʼyansʼk", "Kup’yans’k")]
    [InlineData("Mykolaïvka", "Mykolaivka")]
    [InlineData("Rostov-on-Don", "Rostov on Don")]
    [InlineData("Ростов-на-Дону", "Ростове-на-Дону")]
    [InlineData("Харьков", "Харкова")]
    [InlineData("Часов Яр", "Часова Яра")]
    [InlineData("Красный Яр", "Красном Яре")]
    [InlineData("Сухий Яр", "Сухому Яру")]
    public void KeyOf_InflectedOrVariantForm_EqualsKeyOfName(string name, string form)
    {
        Assert.Equal(NameKeys.KeyOf(name), NameKeys.KeyOf(form));
    }

    [Theory]
    [InlineData("Pokrovsk", "Pokrova")]
    [InlineData("Kharkiv", "Kherson")]
    [InlineData("Покровськ", "Покров")]
    [InlineData("Уфа", "Уф")]
    [InlineData("Ора", "Ор")]
    public void KeyOf_DifferentNames_Differ(string a, string b)
    {
        Assert.NotEqual(NameKeys.KeyOf(a), NameKeys.KeyOf(b));
    }

    [Theory]
    [InlineData("Харків", "Харкова")]
    [InlineData("Київ", "Києва")]
    [InlineData("Львів", "Львові")]
    [InlineData("Миколаїв", "Миколаєва")]
    public void AllKeys_UkrainianVowelAlternation_CoversObliqueForms(string name, string form)
    {
        var keys = new List<ulong>();
        NameKeys.AllKeys(name, keys);
        Assert.Contains(NameKeys.KeyOf(form)!.Value, keys);
    }

    [Theory]
    [InlineData("Mykolaivka", "Миколаївка")]
    [InlineData("Nikolayevka", "Николаевка")]
    [InlineData("Samiilove", "Самійлове")]
    [InlineData("Yelyzavetyns'kyy", "Єлизаветинський")]
    [InlineData("Shcherbynivka", "Щербинівка")]
    [InlineData("Zhovte", "Жовте")]
    [InlineData("Khromove", "Хромове")]
    public void ToCyrillic_Romanisation_FoldsLikeTheCyrillicSpelling(string latin, string cyrillic)
    {
        Assert.Equal(NameKeys.KeyOf(cyrillic), NameKeys.KeyOf(ReverseTransliteration.ToCyrillic(latin)!));
    }
}
