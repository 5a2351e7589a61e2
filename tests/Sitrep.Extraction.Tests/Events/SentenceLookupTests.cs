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

    /// <summary>Words of the classes in other spellings: capitals, mixed case, the old "ПВО" in lower case.</summary>
    private static readonly string[] Spellings =
    [
        "The ENEMY shelled the village EVERY NIGHT; Our forces say strikes have Become Routine and ARE LAUNCHED daily.",
        "пво та Ппо знищили дрони, УЛАМКИ впали. Обстріли стали БУДЕННІСТЮ, удари тривають уже кілька МІСЯЦІВ.",
        "Противник по НОЧАМ бьёт по городу; Бои Продолжаются, концерт ОТЛОЖИЛИ из-за обстрелов, сбор открыт.",
        "Most casualties were caused by drones across the Whole front, the entire front; the shell of a house.",
    ];

    [Fact]
    public void SentenceWordsRead_EachClass_MatchesThePlainWordSet()
    {
        var sets = new List<(WordSet Set, EventWord Class)>();
        foreach (var (words, cls) in SentenceWords.Lists)
        {
            sets.Add((new WordSet(words), cls));
        }

        var view = new SentenceWords();
        var checkedWords = 0;
        foreach (var text in Texts.Concat(Spellings))
        {
            var doc = Docs.Text(text);
            var tokens = CollectionsMarshal.AsSpan(doc.Tokens);
            foreach (var sentence in doc.Sentences)
            {
                var (first, limit) = (sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
                view.Read(text, tokens, first, limit);
                foreach (var (set, cls) in sets)
                {
                    for (var i = first; i < limit; i++)
                    {
                        var plain = set.Contains(text, tokens[i]);
                        Assert.Equal(plain, view.Is(i, cls));
                        checkedWords += plain ? 1 : 0;
                    }

                    Assert.Equal(set.AnyIn(text, tokens, first, limit), view.Any(cls));
                    Assert.Equal(set.AnyIn(text, tokens, first + 1, limit - 1), view.Any(first + 1, limit - 1, cls));
                }
            }
        }

        Assert.True(checkedWords > 30); // the texts hold words of the classes, not only words of none
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
