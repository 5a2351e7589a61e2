using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution.Languages;

/// <summary>Verification hedges: words saying that a claim could not be checked.</summary>
internal static class HedgeLexicon
{
    private static readonly string[] Phrases =
    [
        "could not be independently verified", "could not independently verify", "could not immediately verify",
        "could not be verified", "could not verify", "was unable to verify", "were unable to verify", "unverified",
        "reportedly", "allegedly", "unconfirmed", "without providing evidence", "did not provide evidence",
        "не вдалося незалежно перевірити", "не вдалося перевірити", "неможливо перевірити", "не вдається перевірити", "нібито",
        "за неперевіреними даними", "не удалось независимо проверить", "не удалось проверить", "невозможно проверить",
        "якобы", "по неподтвержденным данным",
    ];

    public static PhraseIndex<string> Build()
    {
        var index = new PhraseIndex<string>();
        foreach (var phrase in Phrases)
        {
            index.Add(phrase, phrase);
        }

        return index;
    }
}
