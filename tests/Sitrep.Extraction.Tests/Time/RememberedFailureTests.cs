using Sitrep.Core.Documents;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Tests.Time;

/// <summary>
/// The matcher remembers where an element of a pattern failed and fails every pattern with the same element there
/// without trying it again, and does not try a pattern at a token after which a word it requires does not occur; the
/// expressions found are the same as when every element is tried at every token.
/// </summary>
public sealed class RememberedFailureTests
{
    private static readonly string[] Words =
    [
        "on", "in", "since", "the", "last", "this", "past", "over", "during", "between", "from", "to", "and", "until", "of",
        "early", "late", "mid-March", "night", "morning", "evening", "week", "weeks", "days", "months", "ago", "year", "earlier",
        "March", "May", "Dec", ".", "Sunday", "Tuesday's", "Friday", "today", "yesterday", "a", "an", "three", "twenty",
        "1", "3", "12", "24", "31", "2014", "2022", "2025", "2025р", "12.03.2024", "2024-03-12", "18", ":", "00", "/", "-", "–", ",",
        "will", "said", "troops", "Kharkiv", "shelling",
        "в", "у", "з", "із", "до", "на", "за", "с", "от", "по", "минулого", "цього", "тижня", "року", "р", "г", "году",
        "березня", "травня", "марта", "мая", "понеділок", "четвер", "вечером", "утром", "вночі", "тому", "назад", "дні", "днів", "дня",
        "тиждень", "недели", "буде", "будет", "минулої", "прошлой", "неделе", "середу", "середа",
    ];

    // the required words in other cases and spellings (capitals, typographic apostrophes, words with an apostrophe
    // or a hyphen): a word the matcher looks for by its lexicon number or by its folded form is found either way
    private static readonly string[] Spellings =
    [
        "the", "The", "THE", "day", "Day", "before", "BEFORE", "Yesterday", "yesterday", "past", "Last", "hours", "Hours",
        "days", "DAYS", "ago", "Ago", "AGO", "2", "three", "Three", "weeks", "since", "Since", "beginning", "start", "of",
        "full-scale", "Full-Scale", "invasion", "Invasion", "Russia's", "Russia\u2019s", "Russia\u02BCs", "New", "Year's", "Year\u2019s",
        "Eve", "Day", "в", "В", "у", "п'ятницю", "п\u2019ятницю", "П\u02BCятницю", "тиждень", "Тиждень", "ТОМУ", "тому", "назад",
        "Назад", "недели", "дні", "ДНІ", "минулого", "Минулого", "тижня", "ТИЖНЯ", "2014", "2022", "March", "MARCH", "end", "End",
        "month", "Month", "year", "night", "Night", "on", "On", ".", ",",
    ];

    [Fact]
    public void FindAll_RandomSentences_SameAsTryingEveryElement() => Compare(Words, 20261126, 1000);

    [Fact]
    public void FindAll_RequiredWordsInOtherSpellings_SameAsTryingEveryElement() => Compare(Spellings, 20261127, 300);

    private static void Compare(string[] vocabulary, int seed, int least)
    {
        var random = new Random(seed);
        var matcher = TimeMatcher.Default;
        var published = new DateOnly(2025, 3, 20);
        var compared = 0;
        for (var n = 0; n < 3000; n++)
        {
            var words = new string[random.Next(3, 30)];
            for (var k = 0; k < words.Length; k++)
            {
                words[k] = vocabulary[random.Next(vocabulary.Length)];
            }

            var document = new Document(string.Join(' ', words) + ".", new DocumentMetadata { Published = published });
            new TextStage().Process(document, CancellationToken.None);
            foreach (var sentence in document.Sentences)
            {
                var remembered = new List<TimeCandidate>();
                var plain = new List<TimeCandidate>();
                matcher.FindAll(document, sentence, published, remembered);
                matcher.FindAll(document, sentence, published, plain, remember: false);
                Assert.Equal(plain, remembered);
                compared += plain.Count;
            }
        }

        Assert.True(compared > least, $"only {compared} expressions found: the random sentences test too little");
    }
}
