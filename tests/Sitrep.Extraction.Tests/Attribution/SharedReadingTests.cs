using System.Runtime.InteropServices;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Matching;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// The attribution stage reads a document's registry names once, and the claims stage reads its statements' ranges back
/// from that reading (a place inside a body's name is no place of the claim); a surname said again is compared with
/// the earlier words only where it can match. Both must say what the plain lookups say, or a claim would lose or gain a
/// place inside a body's name, or a surname said again its person.
/// </summary>
public sealed class SharedReadingTests
{
    private static readonly string[] Texts =
    [
        "The General Staff of the Armed Forces of Ukraine said the 3rd Separate Assault Brigade held Kharkiv Regional Military Administration's line.",
        "Генеральний штаб ЗСУ повідомив, що Сили оборони півдня відбили атаки. Харківська обласна військова адміністрація підтвердила це.",
        "Минобороны России заявило, что ВСУ атаковали Белгород. Губернатор Белгородской области Вячеслав Гладков сообщил о раненых.",
        "Oleh Syniehubov, the head of the Kharkiv Regional Military Administration, said Russia's Defence Ministry had lied.",
    ];

    [Fact]
    public void RegistryReading_AnyRangeOfTheDocument_ListsWhatTheRegistryFinds()
    {
        var compared = 0;
        foreach (var text in Texts)
        {
            var doc = Docs.Text(text);
            var tokens = CollectionsMarshal.AsSpan(doc.Tokens);
            var reading = RegistryMatches.Of(text, doc.Tokens, ActorRegistry.Default);
            for (var from = 0; from < tokens.Length; from++)
            {
                for (var to = from; to <= tokens.Length; to++)
                {
                    var plain = ActorRegistry.Default.FindAll(text, tokens, from, to);
                    Assert.Equal(plain, reading.In(from, to).ToArray());
                    compared += plain.Count;
                }
            }
        }

        Assert.True(compared > 100); // the ranges hold names (whole, cut and sliced), not only empty lists
    }

    [Fact]
    public void RegistryReading_AnotherDocumentOrTokenList_IsReadAfresh()
    {
        var first = Docs.Text(Texts[0]);
        var second = Docs.Text(Texts[2]);
        var firstReading = RegistryMatches.Of(first.Text, first.Tokens, ActorRegistry.Default);
        Assert.Same(firstReading, RegistryMatches.Of(first.Text, first.Tokens, ActorRegistry.Default));

        var secondReading = RegistryMatches.Of(second.Text, second.Tokens, ActorRegistry.Default);
        Assert.NotSame(firstReading, secondReading);
        Assert.Equal(ActorRegistry.Default.FindAll(second.Text, CollectionsMarshal.AsSpan(second.Tokens), 0, second.Tokens.Count), secondReading.All.ToArray());

        // the same text tokenised again (another pipeline run over it) is read from its own tokens
        var again = Docs.Text(Texts[2]);
        Assert.NotSame(secondReading, RegistryMatches.Of(again.Text, again.Tokens, ActorRegistry.Default));
    }

    /// <summary>Surnames and the case forms a later mention may take, with other spellings of the same word.</summary>
    private static readonly (string Surname, string Word, bool Same)[] Surnames =
    [
        ("Коваленко", "Коваленка", true), ("Бондар", "Бондаря", true), ("Бондар", "Бондарем", true), ("Сирський", "Сирського", true),
        ("Иванов", "Ивановым", true), ("КОВАЛЕНКО", "коваленка", true), ("Бондар", "БОНДАРЕМ", true), ("Лис", "Лис", true),
        ("Bondar", "BONDAR", true), ("Savchuk", "savchuk", true), ("Ким", "КИМ", true),
        ("Лис", "Лиса", false), ("Bondar", "Bondarenko", false), ("Коваленко", "Ковальчук", false), ("Иванов", "Иваненко", false),
        ("Сирський", "Сирота", false), ("Bondar", "Бондар", false), ("Петренко", "Петрович", false), ("Шевченко", "Шевчук", false),
    ];

    [Fact]
    public void SurnameForms_CaseFormsInAnySpelling_AreOneSurname_AndOthersNot()
    {
        foreach (var (surname, word, same) in Surnames)
        {
            Assert.True(same == SurnameForms.Same(surname, word), $"{surname} / {word}");
            Assert.True(same == SurnameForms.Same(word, surname), $"{word} / {surname}");
            Assert.True(same == SurnameForms.Same(surname.ToUpperInvariant(), word.ToLowerInvariant()), $"{surname} / {word} in other capitals");
        }
    }

    [Fact]
    public void SurnameSaidAgain_InACaseForm_IsThePersonIntroducedEarlier()
    {
        var doc = Docs.Attributed(
            "Командир батальйону Андрій Коваленко розповів про бої біля села. За словами Коваленка, противник щодня штурмує позиції.");
        Assert.Contains(doc.Attributions, a => a.Speaker == "Андрій Коваленко" && a.Span.Start > doc.Text.IndexOf("За словами", StringComparison.Ordinal) - 1);
    }
}
