using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// A day's total for a whole front or zone: "Over the past day, 187 combat engagements took place", "the enemy
/// launched 71 air strikes", "здійснив 2 980 обстрілів позицій", told in a paragraph that names no place. Happenings
/// counted by the number ("187 engagements", "58 ударів"), not one of them, and nowhere in particular: no event. A
/// count of weapons ("launched 49 drones") is one attack and stays; so does a count told at a place ("52 assaults
/// near Pokrovsk"), where the summary's list gives the events. A document that names no place anywhere keeps its
/// total as its one report of the fighting.
/// </summary>
internal static class FrontTally
{
    /// <summary>Plural nouns of happenings (the last word of the trigger): strikes, attacks, engagements.</summary>
    private static readonly WordSet HappeningNouns = new(
    [
        "strikes", "airstrikes", "attacks", "assaults", "engagements", "clashes", "shellings", "battles",
        "ударів", "удари", "атак", "атаки", "обстрілів", "обстріли", "зіткнення", "зіткнень", "штурмів", "боїв",
        "ударов", "удары", "обстрелов", "обстрелы", "боестолкновений", "боестолкновения", "штурмов", "боев",
    ]);

    /// <summary>
    /// Whether a trigger of the sentence is a counted plural of happenings, the sentence's paragraph names no place
    /// and another paragraph of the document does.
    /// </summary>
    public static bool Is(Document document, ReadOnlySpan<Token> tokens, SentenceMentions mentions, int s, List<PhraseMatch<TriggerClass>> triggers)
    {
        var first = document.Sentences[s].FirstToken;
        var limit = first + document.Sentences[s].TokenCount;
        if (!triggers.Exists(new SentenceView(document.Text, tokens, first, limit), static (t, c) => Counted(c.Text, c.Tokens, t, c.First)
            || Repeated(c.Text, c.Tokens, t, c.First, c.Limit)))
        {
            return false;
        }

        // "46 обстрілів по Херсонщині. Під ударами були населені пункти Херсонського та Бериславського районів": a
        // paragraph that names only regions and raions counts the region's happenings, which the settlements of the
        // paragraphs after it tell one by one
        var paragraph = document.Sentences[s].Paragraph;
        var regionsOnly = false;
        for (var k = s; k >= 0 && document.Sentences[k].Paragraph == paragraph; k--)
        {
            if (NamesSettlement(mentions, k))
            {
                return false;
            }

            regionsOnly |= NamesPlace(mentions, k);
        }

        for (var k = s + 1; k < document.Sentences.Count && document.Sentences[k].Paragraph == paragraph; k++)
        {
            if (NamesSettlement(mentions, k))
            {
                return false;
            }

            regionsOnly |= NamesPlace(mentions, k);
        }

        // the summary's places tell where the fighting was; a document with no place anywhere ("In the south, the
        // Defence Forces made more than 100 strikes") keeps its total as its one report, and a region's total keeps
        // it unless a settlement is named elsewhere
        for (var k = 0; k < document.Sentences.Count; k++)
        {
            if (document.Sentences[k].Paragraph != paragraph && (regionsOnly ? NamesSettlement(mentions, k) : NamesPlace(mentions, k)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesPlace(SentenceMentions mentions, int s) =>
        mentions.Places(s).Exists(p => p.Role is PlaceRole.Location or PlaceRole.Direction);

    private static bool NamesSettlement(SentenceMentions mentions, int s) =>
        mentions.Places(s).Exists(p => p.Role is PlaceRole.Location or PlaceRole.Direction && !p.IsAdminArea);

    /// <summary>Words of a repetition after its count ("23 рази", "23 times", "23 раза").</summary>
    private static readonly WordSet RepetitionWords = new(["times", "рази", "разів", "раз", "раза"]);

    private const int RepetitionReach = 4;

    /// <summary>Words that sum up what a report told ("Загалом", "Всього", "Всего", "in total").</summary>
    private static readonly WordSet TotalWords = new(["загалом", "всього", "усього", "всего", "итого", "total", "altogether"]);

    /// <summary>
    /// "Загалом за день ворог 23 рази обстріляв територію громади", "In total, the enemy shelled the district 23 times",
    /// "Всего за сутки ... 23 раза обстреляли": a count of two or more repetitions within four words of the trigger, in a
    /// sentence that sums up (a total word), counts the happenings, as "23 обстріли" does.
    /// </summary>
    private static bool Repeated(string text, ReadOnlySpan<Token> tokens, PhraseMatch<TriggerClass> trigger, int first, int limit)
    {
        if (!TotalWords.AnyIn(text, tokens, first, limit))
        {
            return false; // "протягом доби росіяни 47 разів обстріляли прикордонні громади області": the region's report
        }

        var from = Math.Max(first, trigger.FirstToken - RepetitionReach - 1);
        var to = Math.Min(limit - 1, trigger.FirstToken + trigger.TokenCount + RepetitionReach);
        for (var i = from; i < to; i++)
        {
            if (RepetitionWords.Contains(text, tokens[i + 1]) && IsCount(text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"187 combat engagements", "2 980 обстрілів": a number of two or more right before a plural happening noun.</summary>
    private static bool Counted(string text, ReadOnlySpan<Token> tokens, PhraseMatch<TriggerClass> trigger, int first)
    {
        if (trigger.FirstToken <= first || !HappeningNouns.Contains(text, tokens[trigger.FirstToken + trigger.TokenCount - 1]))
        {
            return false;
        }

        var number = tokens[trigger.FirstToken - 1];
        return IsCount(text.AsSpan(number.Start, number.End - number.Start));
    }

    /// <summary>A number in digits of two or more ("187", "2 980", "1,200").</summary>
    private static bool IsCount(ReadOnlySpan<char> word)
    {
        if (word.Length == 0 || !char.IsAsciiDigit(word[0]))
        {
            return false;
        }

        var digits = 0;
        var value = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                value = value < 100 ? (value * 10) + (c - '0') : value;
            }
            else if (c is not (',' or '.' or '\u00A0' or '\u202F'))
            {
                return false;
            }
        }

        return digits > 1 || value >= 2;
    }
}
