using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>An attack told as a possibility ("could strike again", "може повторити атаку", "могут ударить") is no strike; buildings that suffered are damage.</summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>Words of possibility or threat before an attack.</summary>
    private static readonly WordSet PossibilityWords = new(
    [
        "might", "could", "може", "можуть", "міг", "могли", "ймовірно", "можливо", "может", "могут", "мог", "вероятно",
        "возможно",
    ]);

    /// <summary>Houses and buildings: what suffered is damage, not people ("постраждали понад 60 будинків").</summary>
    private static readonly WordSet BuildingWords = new(
    [
        "будинків", "будинки", "будинок", "будівель", "будівлі", "квартир", "осель", "домівок", "домов", "дома", "зданий",
        "здания", "строений", "houses", "homes", "buildings", "apartments",
    ]);

    /// <summary>A fire or an aftermath as the object of "eliminated" ("ліквідували пожежу"): firefighting, not killing.</summary>
    private static readonly WordSet FireWords = new(
    [
        "пожежу", "пожежі", "пожежа", "загоряння", "наслідки", "пожар", "пожары", "возгорание", "возгорания", "последствия",
        "fire", "fires", "blaze", "aftermath",
    ]);

    /// <summary>Whether a fire word follows, an article between allowed ("eliminated a fire", "ліквідували пожежу").</summary>
    private bool FireAfter(int next, int limit)
    {
        if (next < limit && _tokens[next].Text(_document.Text) is "a" or "an" or "the")
        {
            next++;
        }

        return next < limit && FireWords.Contains(_document.Text, _tokens[next]);
    }

    /// <summary>Words of an attack that a possibility word governs within three words.</summary>
    private static readonly string[] AttackStems = ["attack", "strike", "hit", "атак", "удар", "вдар", "штурм", "обстріл", "обстрел"];

    /// <summary>
    /// Whether the sentence tells an attack only as possible: a possibility word followed within three words by an
    /// attack word ("the enemy could repeat the attack", "ворог може повторити атаку", "могут нанести удар").
    /// </summary>
    private bool AttackOnlyPossible(int first, int limit)
    {
        if (AttackInFuture(first, limit))
        {
            return true;
        }

        for (var i = first; i < limit; i++)
        {
            if (!PossibilityWords.Contains(_document.Text, _tokens[i]))
            {
                continue;
            }

            for (var j = i + 1; j < limit && j <= i + 3; j++)
            {
                var word = _tokens[j].Text(_document.Text);
                foreach (var stem in AttackStems)
                {
                    if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>Auxiliaries of the future tense: "strikes will continue", "удары будут продолжены", "удари будуть тривати".</summary>
    private static readonly WordSet FutureWords = new(["will", "shall", "будут", "будет", "будуть", "буде", "будемо", "будем"]);

    /// <summary>
    /// Whether an attack word and a future auxiliary stand in one clause of the sentence, within six words of each other
    /// ("strikes on military targets will continue", "удары по военным объектам на территории России будут продолжены"):
    /// an intention or a threat, no strike that happened.
    /// </summary>
    private bool AttackInFuture(int first, int limit)
    {
        for (var i = first; i < limit; i++)
        {
            if (!FutureWords.Contains(_document.Text, _tokens[i]))
            {
                continue;
            }

            for (var step = -1; step <= 1; step += 2)
            {
                for (var j = i + step; j >= first && j < limit && Math.Abs(j - i) <= 7; j += step)
                {
                    if (_tokens[j].Kind == Sitrep.Core.Text.TokenKind.Punctuation && _document.Text[_tokens[j].Start] is ',' or ';' or ':' or '.')
                    {
                        break; // another clause
                    }

                    if (IsAttackWord(_tokens[j].Text(_document.Text)))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsAttackWord(ReadOnlySpan<char> word)
    {
        foreach (var stem in AttackStems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
