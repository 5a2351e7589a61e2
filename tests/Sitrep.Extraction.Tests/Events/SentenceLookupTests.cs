using System.Runtime.InteropServices;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Matching;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Events look a sentence's words and actors up once: the one-pass word classes and the kept actor lists must say
/// what the plain lookups say, or triggers would be dropped or kept differently.
/// </summary>
public sealed class SentenceLookupTests
{
    private static readonly string[] Texts =
    [
        "Russian forces regularly shell Nikopol from across the river. The number of wounded rose to 12, the governor said.",
        "Ворог обстріляв 14 населених пунктів області. Щодня фіксуємо удари дронів по Херсону.",
        "Противник нанес удары по 9 населенных пунктам. Число раненых возросло до семи.",
        "The 3rd Separate Assault Brigade repelled an attack near Andriivka, the General Staff of the Armed Forces of Ukraine said.",
        "Settlements near the border were hit. 12 settlements lost power after the strike by the Russian army.",
        "ЗСУ та Сили оборони півдня знищили склад БК. Минобороны России заявило об ударе.",
    ];

    [Fact]
    public void SentenceWordsOf_EachSentence_MatchesThePlainWordLookups()
    {
        var habit = new WordSet(["regularly", "routinely", "increasingly", "щодня", "регулярно", "ежедневно"]);
        var rise = new WordSet(["rose", "risen", "climbed", "increased", "grew", "зросла", "зросло", "возросло", "выросло"]);
        var settlements = new WordSet(["settlements", "населених", "населенных"]);
        foreach (var text in Texts)
        {
            var doc = Docs.Text(text);
            var tokens = CollectionsMarshal.AsSpan(doc.Tokens);
            foreach (var sentence in doc.Sentences)
            {
                var (first, limit) = (sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
                var plainHabit = false;
                var plainRise = false;
                var plainCounted = false;
                for (var i = first; i < limit; i++)
                {
                    plainHabit |= habit.Contains(text, tokens[i]);
                    plainRise |= rise.Contains(text, tokens[i]);
                    plainCounted |= i > first && settlements.Contains(text, tokens[i]) && char.IsAsciiDigit(text[tokens[i - 1].Start]);
                }

                var words = NonEventMentions.SentenceWords.Of(text, tokens, first, limit);

                Assert.Equal(plainHabit, (words & NonEventMentions.SentenceWords.Habit) != 0);
                Assert.Equal(plainRise, (words & NonEventMentions.SentenceWords.Rise) != 0);
                Assert.Equal(plainCounted, (words & NonEventMentions.SentenceWords.CountedSettlements) != 0);
            }
        }
    }

    [Fact]
    public void SentenceActorsOf_WholeSentenceOrAnyRange_MatchesTheRegistry()
    {
        foreach (var text in Texts)
        {
            var doc = Docs.Text(text);
            var actors = new SentenceActors(doc);
            var tokens = CollectionsMarshal.AsSpan(doc.Tokens);
            for (var round = 0; round < 2; round++)
            {
                for (var s = 0; s < doc.Sentences.Count; s++)
                {
                    var (first, limit) = (doc.Sentences[s].FirstToken, doc.Sentences[s].FirstToken + doc.Sentences[s].TokenCount);
                    var plain = ActorRegistry.Default.FindAll(text, tokens, first, limit);

                    Assert.Equal(plain, actors.Of(s));
                    Assert.Equal(plain, actors.Of(first, limit));
                    Assert.Equal(ActorRegistry.Default.FindAll(text, tokens, first + 1, limit), actors.Of(first + 1, limit));
                }
            }
        }
    }
}
