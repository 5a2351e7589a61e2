using Sitrep.Core.Text;
using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Mentions;

/// <summary>
/// Names that are matched but are not places here: function words capitalised at the start of a sentence ("Крім
/// того", "Кроме того", "Того ж ранку"), rivers and seas named after or like a town ("the left bank of the
/// Dnipro", "the Oskil River", "the Sea of Azov"), unit nicknames and groups of forces ("Regiment \"Skelya\"",
/// "группировки войск «Днепр»", "the Dnepr group"), football clubs ("Shakhtar Donetsk", "Metalist 1925 Kharkiv").
/// </summary>
internal static class NotPlaces
{
    /// <summary>
    /// Club words the text names as clubs at least once: next to a city ("Shakhtar Donetsk", "Metalist 1925
    /// Kharkiv") or with a possessive ("Shakhtar's coach"). Only then is the lone word a club elsewhere in the text;
    /// a headline naming the village Metalist alone keeps it.
    /// </summary>
    public static HashSet<string> ClubsNamed(List<NameMatch> matches, MentionWords w)
    {
        var clubs = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in matches)
        {
            var first = m.FirstToken;
            var before = first - 1;
            if (before >= 0 && w[before].Kind == TokenKind.Number && w.SameSentence(before, first))
            {
                before--;
            }

            if (w.IsWord(before) && w.SameSentence(before, first) && MentionLists.IsClub(w.Word(before)))
            {
                clubs.Add(w.Word(before).ToString());
            }

            if (w.IsWord(m.LastToken + 1) && w.SameSentence(m.LastToken + 1, first) && MentionLists.IsClub(w.Word(m.LastToken + 1)))
            {
                clubs.Add(w.Word(m.LastToken + 1).ToString());
            }
        }

        return clubs;
    }

    public static bool IsNotPlace(NameMatch m, MentionWords w, HashSet<string> clubs)
    {
        if (m.IsMetonym)
        {
            return false;
        }

        var single = m.FirstToken == m.LastToken;
        var surface = w.Text.AsSpan(m.Span.Start, m.Span.Length);
        if (single && MentionLists.IsFunctionWord(surface) && !w.WordIs(m.FirstToken - 1, m.FirstToken, "в", "у", "до", "із", "з", "из", "in"))
        {
            return true; // capitalised mid-sentence after a preposition it is a name: "в Того" (Togo)
        }

        return IsWater(m, w) || IsStreet(m, w) || OpeningInstrumental(m, w, surface) || IsForceGroupOrNickname(m, w, surface) || IsQuotedTitle(m, w) || IsClub(m, w, surface, clubs) || OnChromeLine(w.Text, m.Span.Start);
    }

    /// <summary>Whether the line holding <paramref name="at"/> opens with a page's link or tag label ("Related:
    /// Kharkiv region: two injured ...", "Tags: Zaporizhzhia region, Huliaipole"), within a few hundred characters.</summary>
    public static bool OnChromeLine(string text, int at)
    {
        const int MaxLine = 400;
        var from = Math.Max(0, at - MaxLine);
        var newline = text.AsSpan(from, at - from).LastIndexOf('\n');
        var start = newline >= 0 ? from + newline + 1 : from;
        if (start > 0 && text[start - 1] != '\n')
        {
            return false; // the line starts farther back
        }

        var line = text.AsSpan(start, at - start).TrimStart();
        foreach (var label in MentionLists.ChromeLabels)
        {
            if (line.StartsWith(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An adjective in the instrumental plural opening a sentence before a lower-case noun ("Ударними дронами
    /// окупанти атакували", "Ударными беспилотниками", "Керованими авіабомбами"): how something was done, not a place
    /// (a village whose name a stem of the word matches).</summary>
    private static bool OpeningInstrumental(NameMatch m, MentionWords w, ReadOnlySpan<char> surface)
    {
        var first = m.FirstToken;
        if (m.FirstToken != m.LastToken || w.SameSentence(first - 1, first) || !w.IsWord(first + 1) || !w.SameSentence(first + 1, first)
            || !char.IsLower(w.Word(first + 1)[0]))
        {
            return false;
        }

        return surface.EndsWith("ими", StringComparison.Ordinal) || surface.EndsWith("ыми", StringComparison.Ordinal) || surface.EndsWith("іми", StringComparison.Ordinal);
    }

    /// <summary>A street or square named after a place or a word that is one ("на улице Мира", "вулиця Харківська",
    /// "проспекті Миру", "Myru Street", "Kharkivska Street"): an address in the town the text names, no place of its own.</summary>
    private static bool IsStreet(NameMatch m, MentionWords w)
    {
        var first = m.FirstToken;
        return w.WordIs(first - 1, first, "улица", "улице", "улицу", "улицы", "улицей", "вулиця", "вулиці", "вулицю", "вулицею",
                "проспект", "проспекте", "проспекту", "проспекта", "проспекті", "переулок", "переулке", "провулок", "провулку",
                "бульвар", "бульваре", "бульварі", "площадь", "площади", "площа", "площі", "ул.", "вул.", "пр.")
            || w.WordIs(m.LastToken + 1, first, "Street", "street", "Avenue", "avenue", "Boulevard", "Lane", "Square");
    }

    /// <summary>"bank(s) of the Dnipro", "Sea of Azov", "the Oskil River", "берегу Днепра", "річки Оскіл", "Азовського моря".</summary>
    private static bool IsWater(NameMatch m, MentionWords w)
    {
        var first = m.FirstToken;
        var before = first - 1;
        if (w.WordIs(before, first, "the"))
        {
            before--;
        }

        if (w.WordIs(before, first, "of") && w.WordIs(before - 1, first, "bank", "banks", "Sea", "mouth", "estuary", "shore", "shores", "river"))
        {
            return true;
        }

        if (m.FirstToken == m.LastToken && MentionLists.IsRiver(w.Word(first)) && IsTheRiver(m, w))
        {
            return true;
        }

        return w.WordIs(before, first, "river", "берег", "берега", "берегу", "березі", "берегом", "берегах", "річка", "річки", "річці",
                "річкою", "река", "реки", "реке", "рекой", "русло", "русла", "руслі", "русле", "водосховища", "водосховищі", "водохранилища")
            || w.WordIs(m.LastToken + 1, first, "River", "Sea", "річк*", "моря", "море", "морі", "морем", "водосховищ*");
    }

    /// <summary>A river that shares its name with a town, with the English article a town does not take ("the
    /// lower Dnipro", "the Dnipro has been the line", "across the Oskil"), unless a noun follows that makes the name an
    /// attribute ("the Dnipro city council", "the Oskil direction").</summary>
    private static bool IsTheRiver(NameMatch m, MentionWords w)
    {
        var first = m.FirstToken;
        var before = first - 1;
        if (w.WordIs(before, first, "lower", "upper", "middle", "whole", "wide", "frozen"))
        {
            before--;
        }

        if (!w.WordIs(before, first, "the"))
        {
            return false;
        }

        var next = m.LastToken + 1;
        return !w.IsWord(next) || !w.SameSentence(next, first) || !IsAttributeNoun(w.Word(next));
    }

    private static bool IsAttributeNoun(ReadOnlySpan<char> word) =>
        MentionLists.AttributeNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || char.IsUpper(word[0]);

    private static bool IsForceGroupOrNickname(NameMatch m, MentionWords w, ReadOnlySpan<char> surface)
    {
        var first = m.FirstToken;
        var next = m.LastToken + 1;
        if (MentionLists.IsForceGroupName(surface) && (w.WordIs(next, first, "group*", "группировк*") || w.PunctIs(next, "\"»”")
            && w.WordIs(next + 1, first, "group*", "группировк*")))
        {
            return true; // "the Dnepr group of forces", "Dnepr" group
        }

        // a quoted name right after a unit word is the unit's nickname: Regiment "Skelya", группировки войск «Днепр»
        return w.PunctIs(first - 1, "\"«“") && w.PunctIs(next, "\"»”")
            && w.WordIs(first - 2, first, MentionLists.UnitNouns);
    }

    /// <summary>How many words a quoted outlet title may hold around the place in it («Курск 24», «Новая лента Юг»).</summary>
    private const int TitleWords = 3;

    /// <summary>
    /// A name in quotation marks right after an outlet word or a verb of telling is the outlet's title: told
    /// "Kherson" (a newspaper), рассказал «Полигону», розповіла виданню «Слобожанщина». So is a place that is one
    /// word of a short quoted title when the quotes follow such a word (телеграм-канал «Суми Інфо», канал «Курск
    /// 24») or hold a media word (Собеседник «Новой ленты», «Херсон Онлайн»); and an unquoted outlet named after a
    /// town ("told the Kharkiv Observer", "the Kyiv Independent reported", "Суспільне Суми").
    /// </summary>
    private static bool IsQuotedTitle(NameMatch m, MentionWords w)
    {
        var first = m.FirstToken;
        if (w.PunctIs(first - 1, "\"«“") && w.PunctIs(m.LastToken + 1, "\"»”") && w.WordIs(first - 2, first, MentionLists.TitleCues))
        {
            return true;
        }

        if (OutletAfter(m, w) || w.WordIs(first - 1, first, MentionLists.OutletPrefixes))
        {
            return true; // "the Kharkiv Observer", "Суспільне Суми"
        }

        var open = first - 1;
        while (open >= Math.Max(0, first - TitleWords) && w.IsWord(open) && w.SameSentence(open, first))
        {
            open--;
        }

        var close = m.LastToken + 1;
        while (close <= Math.Min(w.Count - 1, m.LastToken + TitleWords) && (w.IsWord(close) || w[close].Kind == TokenKind.Number) && w.SameSentence(close, first))
        {
            close++;
        }

        if (!w.PunctIs(open, "\"«“") || !w.PunctIs(close, "\"»”") || !w.SameSentence(open, close))
        {
            return false;
        }

        if (w.WordIs(open - 1, first, MentionLists.TitleCues))
        {
            return true;
        }

        for (var i = open + 1; i < close; i++)
        {
            if ((i < first || i > m.LastToken) && (w.WordIs(i, first, MentionLists.MediaWords) || w[i].Kind == TokenKind.Number))
            {
                return true; // «Новой ленты», «Курск 24»
            }
        }

        return false;
    }

    /// <summary>A capitalised media word right after the place: "the Kharkiv Observer", "Kyiv Post", "Odesa Journal".</summary>
    private static bool OutletAfter(NameMatch m, MentionWords w)
    {
        var next = m.LastToken + 1;
        return w.IsWord(next) && char.IsUpper(w.Text[w[next].Start]) && w.WordIs(next, m.FirstToken, MentionLists.OutletWords);
    }

    /// <summary>A club's name ("Shakhtar", "Metalist") and the city that goes with it ("Shakhtar Donetsk", "Metalist 1925 Kharkiv", "Veres Rivne").</summary>
    private static bool IsClub(NameMatch m, MentionWords w, ReadOnlySpan<char> surface, HashSet<string> clubs)
    {
        var first = m.FirstToken;
        var word = surface.TrimEnd("'’s");
        if (MentionLists.IsClub(word) && (clubs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) || m.Possessive)
            && !w.WordIs(first - 1, first, "in", "near", "village", "у", "в", "під", "села", "селі", "селище"))
        {
            return true;
        }

        if (clubs.Count > 0 && w.WordIs(m.LastToken + 1, first, "defence", "defense", "attack", "side", "fans", "squad", "team", "goalkeeper", "midfield", "supporters"))
        {
            return true; // in a match report, "the Kharkiv defence" is the team
        }

        var before = first - 1;
        if (before >= 0 && w[before].Kind == TokenKind.Number && w.SameSentence(before, first))
        {
            before--; // "Metalist 1925 Kharkiv"
        }

        return (w.IsWord(before) && w.SameSentence(before, first) && MentionLists.IsClub(w.Word(before)))
            || (w.IsWord(m.LastToken + 1) && w.SameSentence(m.LastToken + 1, first) && MentionLists.IsClub(w.Word(m.LastToken + 1)));
    }
}
