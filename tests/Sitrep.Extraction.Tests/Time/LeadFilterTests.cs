using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Tests.Time;

/// <summary>
/// The matcher skips, at a number or a name, the patterns none of whose possible first elements (the optional ones
/// before the first required one, and that one) can match that token. The filter must never say "cannot" where an element does match: checked element by element on random
/// sentences of English, Ukrainian and Russian date words, numbers in every shape and words with apostrophes.
/// </summary>
public sealed class LeadFilterTests
{
    private static readonly string[] Words =
    [
        "the", "a", "an", "A", "An", "of", "in", "since", "last", "past", "this", "from", "between", "and", "to", "until", "ago",
        "March", "march", "MAY", "May", "Sept", "Dec", "mid-March", "Mid-may", "mid-", "Tuesday", "Tuesday's", "FRIDAY'S", "Friday\u2019s", "Sunday",
        "one", "Two", "twenty", "dozen", "hundred", "three-day", "today", "Tonight", "overnight", "New", "Year's", "Year\u2019s", "Eve",
        "1", "3", "7th", "21st", "12", "24", "31", "32", "99", "100", "999", "1000", "0005", "2014", "2025", "2025р", "2025г", "20250", "155mm",
        "12.03.2024", "1.5", "11.12", "2024-03-12", "18", ":", "00", "/", "-", "\u2013", ",", ".", "1,500", "2,000",
        "в", "у", "з", "із", "до", "на", "за", "с", "от", "по", "минулого", "цього", "тижня", "року", "році", "р", "г", "году", "гг",
        "березня", "Березня", "травня", "марта", "мая", "понеділок", "четвер", "п'ятницю", "п\u2019ятницю", "п\u02BCятниці", "пятницу",
        "вечером", "утром", "вночі", "тому", "назад", "дві", "два", "три", "десять", "середу", "середа", "Kharkiv", "shelled", "\u212Aelvin",
    ];

    [Fact]
    public void LeadOf_EveryMatchingElement_SharesABitWithTheToken()
    {
        var matcher = TimeMatcher.Default;
        var elements = TimeLanguages.All.SelectMany(l => l.Patterns).SelectMany(p => Leading(TimePattern.Parse(p.Pattern, p.Rule))).ToList();
        var random = new Random(20261127);
        var matches = 0;
        for (var n = 0; n < 1500; n++)
        {
            var words = new string[random.Next(2, 16)];
            for (var k = 0; k < words.Length; k++)
            {
                words[k] = Words[random.Next(Words.Length)];
            }

            var document = new Document(string.Join(random.Next(3) == 0 ? "" : " ", words) + ".", new DocumentMetadata());
            new TextStage().Process(document, CancellationToken.None);
            var tokens = document.Tokens.ToArray();
            for (var j = 0; j < tokens.Length; j++)
            {
                var lead = matcher.LeadOf(tokens[j].Text(document.Text), tokens[j].Kind);
                foreach (var element in elements)
                {
                    foreach (var language in new[] { "en", "uk" })
                    {
                        var captures = default(TimeCaptures);
                        if (TimeMatcher.MatchElement(element, document.Text, tokens, j, language, ref captures) > 0)
                        {
                            matches++;
                            Assert.True((element.Lead & lead) != 0, $"'{tokens[j].Text(document.Text)}' ({tokens[j].Kind}) matches {element.Slot} {string.Join('|', element.Literals)} in \"{document.Text}\"");
                        }
                    }
                }
            }
        }

        Assert.True(matches > 5000, $"only {matches} element matches: the random sentences test too little");
    }

    // the elements a pattern can start with: its optional ones up to its first required one, and that one
    private static IEnumerable<TimeElement> Leading(TimePattern pattern)
    {
        foreach (var element in pattern.Elements)
        {
            yield return element;
            if (!element.Optional)
            {
                yield break;
            }
        }
    }

    [Theory]
    [InlineData("12", (int)(TimeLead.Day | TimeLead.Count | TimeLead.Clock | TimeLead.Slash))]
    [InlineData("2025", (int)(TimeLead.Year | TimeLead.Iso | TimeLead.Count))]
    [InlineData("12.03.2024", (int)(TimeLead.Dotted))]
    public void NumberLead_Shapes_IncludeTheirSlots(string word, int expected) =>
        Assert.Equal((TimeLead)expected, TimeMatcher.NumberLead(word, known: false) & (TimeLead)expected);

    [Theory]
    [InlineData("a", (int)(TimeLead.Count))]
    [InlineData("March", (int)(TimeLead.Month))]
    [InlineData("Tuesday's", (int)(TimeLead.Weekday))]
    [InlineData("mid-May", (int)(TimeLead.MidMonth))]
    [InlineData("року", (int)(TimeLead.YearWord))]
    public void WordLead_Names_IncludeTheirSlots(string word, int expected) =>
        Assert.Equal((TimeLead)expected, TimeMatcher.WordLead(word, known: false) & (TimeLead)expected);

    /// <summary>
    /// The matcher reads which of its tables have a word from the word's one lookup: the lead and whether the word
    /// may start a slot come out as when each table is asked, for every word of the tables (in three cases, with
    /// and without "'s") and the test words.
    /// </summary>
    [Fact]
    public void WordLead_FromTheWordsKinds_IsTheLeadOfEachTable()
    {
        var matcher = TimeMatcher.Default;
        var words = new List<string>(Words) { "mid-march", "troops", "Ukraine", "A's", "annual", "hits" };
        foreach (var key in TimeLexicon.Months.Dictionary.Keys.Concat(TimeLexicon.Weekdays.Dictionary.Keys)
            .Concat(Sitrep.Extraction.Quantities.NumberWords.Lookup.Dictionary.Keys))
        {
            foreach (var form in new[] { key, key.ToUpperInvariant(), key.ToLowerInvariant() })
            {
                words.Add(form);
                words.Add(form + "'s");
                words.Add(form + "\u2019s");
                words.Add("mid-" + form);
            }
        }

        foreach (var word in words)
        {
            var kinds = matcher.KindsOf(word);
            var known = (kinds & TimeMatcher.WordKinds.Key) != 0;
            Assert.Equal(TimeMatcher.WordLead(word, known), TimeMatcher.WordLead(word, kinds));
            Assert.True(MayStartSlot(word, known) == TimeMatcher.MayStartSlot(word, kinds), word);
        }
    }

    // whether a word may start a slot, each table asked in turn (what the matcher decided before it read the word's kinds)
    private static bool MayStartSlot(ReadOnlySpan<char> word, bool known)
    {
        if (known && (TimeLexicon.Months.ContainsKey(word) || Sitrep.Extraction.Quantities.NumberWords.TryCardinal(word, out _)))
        {
            return true;
        }

        if (word.Length > 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal)))
        {
            word = word[..^2];
            known = true;
        }

        return (known && TimeLexicon.Weekdays.ContainsKey(word)) || word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase)
            || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void WordLead_PlainWord_CannotStartANameOrNumber() =>
        Assert.Equal(TimeLead.None, TimeMatcher.WordLead("troops", known: false));
}
