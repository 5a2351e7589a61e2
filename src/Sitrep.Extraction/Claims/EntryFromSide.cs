using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// Forces entering a settlement from one side: "the brigade had entered Huliaipole from the east", "штурмовики
/// зайшли в Куп'янськ з півночі", "подразделения вошли в Купянск с севера". They hold that side of it: a control claim
/// whose extent is the side they came from.
/// </summary>
internal static class EntryFromSide
{
    /// <summary>How many words after the verb the side may follow ("entered the village of Uspenivka from the east").</summary>
    private const int Reach = 8;

    private static readonly WordSet EnterWords = new(
    [
        "entered", "enter", "entering", "зайшли", "зайшов", "зайшла", "увійшли", "увійшов", "увійшла", "ввійшли",
        "заїхали", "вошли", "вошел", "вошёл", "вошла", "зашли", "зашел", "зашёл", "зашла", "заехали",
        // holding on where they came in: "закрепились на западной окраине", "закріпилися у східній частині", "dug in"
        "заходят", "заходять", "закрепились", "закрепилися", "закріпилися", "закріпились",
    ]);

    private static readonly (string Phrase, string Extent)[] SidePhrases =
    [
        ("from the east", "east"), ("from the west", "west"), ("from the north", "north"), ("from the south", "south"),
        ("from the eastern side", "east"), ("from the western side", "west"), ("from the northern side", "north"),
        ("from the southern side", "south"), ("from the north-east", "partial"), ("from the north-west", "partial"),
        ("from the south-east", "partial"), ("from the south-west", "partial"),
        ("зі сходу", "east"), ("із заходу", "west"), ("з заходу", "west"), ("з півночі", "north"), ("з півдня", "south"),
        ("зі східного боку", "east"), ("із західного боку", "west"), ("з північного боку", "north"), ("з південного боку", "south"),
        ("з північного сходу", "partial"), ("з південного сходу", "partial"), ("з північного заходу", "partial"),
        ("з південного заходу", "partial"),
        ("с востока", "east"), ("с запада", "west"), ("с севера", "north"), ("с юга", "south"), ("с восточной стороны", "east"),
        ("с западной стороны", "west"), ("с северной стороны", "north"), ("с южной стороны", "south"),
        ("с северо-востока", "partial"), ("с юго-востока", "partial"), ("с северо-запада", "partial"), ("с юго-запада", "partial"),
        // the part they hold after entering: "зашли в Песчаное и закрепились на западной окраине"
        ("on the eastern outskirts", "east"), ("on the western outskirts", "west"), ("on the northern outskirts", "north"),
        ("on the southern outskirts", "south"), ("in the eastern part", "east"), ("in the western part", "west"),
        ("in the northern part", "north"), ("in the southern part", "south"),
        ("на східній околиці", "east"), ("на західній околиці", "west"), ("на північній околиці", "north"),
        ("на південній околиці", "south"), ("у східній частині", "east"), ("у західній частині", "west"),
        ("у північній частині", "north"), ("у південній частині", "south"), ("в східній частині", "east"),
        ("в західній частині", "west"), ("в північній частині", "north"), ("в південній частині", "south"),
        ("на восточной окраине", "east"), ("на западной окраине", "west"), ("на северной окраине", "north"),
        ("на южной окраине", "south"), ("в восточной части", "east"), ("в западной части", "west"),
        ("в северной части", "north"), ("в южной части", "south"),
    ];

    private static readonly Lazy<PhraseIndex<string>> Sides = new(() =>
    {
        var index = new PhraseIndex<string>(stem: false);
        foreach (var (phrase, extent) in SidePhrases)
        {
            index.Add(phrase, extent);
        }

        return index;
    });

    /// <summary>The enter verb of the statement that has a side after it, or -1.</summary>
    public static int Find(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        for (var i = first; i < limit; i++)
        {
            if (EnterWords.Contains(text, tokens[i]) && ExtentAfter(text, tokens, i, limit) is not null)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The side an enter verb at <paramref name="verb"/> names within its clause ("from the east": east), else null.</summary>
    public static string? ExtentAfter(string text, ReadOnlySpan<Token> tokens, int verb, int limit)
    {
        if (!EnterWords.Contains(text, tokens[verb]))
        {
            return null;
        }

        for (var i = verb + 1; i < Math.Min(limit, verb + 1 + Reach); i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Text(text) is not "-")
            {
                return null; // "entered the town; fighting continues from the east" is another clause
            }

            if (Sides.Value.TryMatch(text, tokens, i, limit, out _, out var extent))
            {
                return extent;
            }
        }

        return null;
    }
}
