using Sitrep.Extraction.Places;

namespace Sitrep.Benchmarks.Corpus;

/// <summary>Towns and villages along the whole front, to put into generated reports: every populated place of the
/// gazetteer in the front-line and border regions (English names), and a list of Cyrillic names for Ukrainian and
/// Russian reports.</summary>
internal static class FrontPlaces
{
    // Donetsk, Dnipropetrovsk, Kharkiv, Kherson, Luhansk, Sumy, Zaporizhzhia oblasts.
    private static readonly string[] Regions = ["05", "04", "07", "08", "14", "21", "26"];

    private static readonly string[] Ukrainian =
    [
        "Покровськ", "Мирноград", "Костянтинівка", "Краматорськ", "Слов'янськ", "Дружківка", "Добропілля", "Лиман",
        "Сіверськ", "Часів Яр", "Торецьк", "Курахове", "Велика Новосілка", "Гуляйполе", "Оріхів", "Запоріжжя",
        "Степногірськ", "Нікополь", "Марганець", "Херсон", "Берислав", "Бериславщина", "Куп'янськ", "Вовчанськ",
        "Харків", "Ізюм", "Балаклія", "Суми", "Шостка", "Охтирка", "Білопілля", "Краснопілля", "Дніпро", "Павлоград",
        "Межова", "Родинське", "Білозерське", "Олександрівка", "Новопавлівка", "Бахмут",
    ];

    private static readonly string[] Russian =
    [
        "Красноармейск", "Димитров", "Константиновка", "Краматорск", "Славянск", "Дружковка", "Доброполье", "Красный Лиман",
        "Северск", "Часов Яр", "Дзержинск", "Курахово", "Великая Новосёлка", "Гуляйполе", "Орехов", "Запорожье",
        "Степногорск", "Никополь", "Марганец", "Херсон", "Алешки", "Каховка", "Купянск", "Волчанск", "Харьков",
        "Изюм", "Сумы", "Белгород", "Шебекино", "Грайворон", "Курск", "Суджа", "Артёмовск", "Новопавловка",
        "Родинское", "Белозерское", "Угледар", "Авдеевка", "Токмак", "Васильевка",
    ];

    public static IReadOnlyList<string> English(Gazetteer gazetteer) =>
    [
        .. gazetteer.Places
            .Where(p => p.Country == "UA" && p.FeatureCode.StartsWith("PPL", StringComparison.Ordinal) && p.Population >= 1000
                && p.Admin1Code is { } code && Regions.Any(r => code.EndsWith(r, StringComparison.Ordinal)))
            .Select(p => p.Name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    public static IReadOnlyList<string> For(string language, IReadOnlyList<string> english) => language switch
    {
        "uk" => Ukrainian,
        "ru" => Russian,
        _ => english,
    };
}
