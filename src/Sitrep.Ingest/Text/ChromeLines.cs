namespace Sitrep.Ingest.Text;

/// <summary>
/// Lines that belong to a web page's chrome rather than the story: menus, share and subscribe buttons, cookie
/// notes, "read also" links, copyright footers. Matching is by whole short lines, so story sentences are kept.
/// </summary>
internal static class ChromeLines
{
    private static readonly HashSet<string> Exact = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "share this", "share this article", "tweet", "email", "print", "copy link", "subscribe", "menu", "home",
        "search", "log in", "login", "sign in", "sign up", "register", "advertisement", "advert", "sponsored", "comments",
        "related", "related articles", "more stories", "most read", "trending", "skip to content", "skip to main content",
        "close", "accept", "accept all", "reject all", "back to top", "next", "previous", "listen", "follow", "donate",
        "support us", "latest news", "news", "world", "ukraine", "opinion", "video", "photo", "english", "українська", "русский",
        "поділитися", "підписатися", "підписатись", "реклама", "головна", "новини", "меню", "пошук", "увійти", "коментарі",
        "поделиться", "подписаться", "главная", "новости", "поиск", "войти", "комментарии", "читати далі", "читать далее",
        "facebook", "telegram", "twitter", "x", "whatsapp", "viber", "youtube", "instagram", "linkedin",
    };

    private static readonly string[] Prefixes =
    [
        "share on ", "subscribe to ", "sign up for ", "follow us", "read also", "read more", "see also", "also read",
        "all rights reserved", "©", "(c) ", "copyright ", "we use cookies", "this site uses cookies", "this website uses cookies",
        "читайте також", "читайте нас", "підпишіться", "підписуйтесь", "дивіться також", "всі права захищено",
        "читайте также", "подписывайтесь", "подпишитесь", "смотрите также", "все права защищены", "поділитися в ",
        // a link or tag label and its colon: "Related: Kharkiv region: two injured in ...", "Теги: Харків, обстріли"
        "related:", "related stories:", "related articles:", "related coverage:", "tags:", "теги:", "по темі:", "по теме:",
        "на тему:",
    ];

    private static readonly string[] CookieWords = ["cookie", "cookies", "файли cookie", "файлы cookie", "куки"];

    public static bool IsChrome(string line)
    {
        var t = line.Trim().Trim('›', '»', '«', '|', '•', '·', '>', '#', ' ');
        if (t.Length == 0)
        {
            return line.Trim().Length > 0;
        }

        if (Exact.Contains(t))
        {
            return true;
        }

        if (t.Length < 160)
        {
            foreach (var p in Prefixes)
            {
                if (t.StartsWith(p, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        if (t.Length < 400 && CookieWords.Any(w => t.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        return IsMenu(t);
    }

    /// <summary>
    /// "Home | World | Ukraine | Business", a breadcrumb "Home › News › War", or menu items copied with wide gaps
    /// ("Home  News  Kherson  Region  Photo"): three or more short items between separators.
    /// </summary>
    private static bool IsMenu(string t)
    {
        var parts = t.Split(['|', '·', '•', '/', '›', '»', '>'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 3 && parts.All(p => p.Length <= 25 && !p.Any(char.IsDigit) && !p.EndsWith('.')))
        {
            return true;
        }

        var gapped = t.Split(["  ", "\t"], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return gapped.Length >= 4 && gapped.All(p => p.Length <= 20 && char.IsUpper(p[0]) && !p.Any(char.IsDigit) && !p.EndsWith('.'));
    }
}
