using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>An attack told as a possibility or an intention ("could strike again", "може повторити атаку", "strikes will continue") is no strike; buildings that suffered are damage.</summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>Words of likelihood before an attack ("ймовірно", "вероятно"); modals and futures are the clause's mood.</summary>
    private static readonly WordSet PossibilityWords = new(["ймовірно", "можливо", "вероятно", "возможно"]);

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

    /// <summary>Words of an attack: the clause they stand in decides whether the attack happened.</summary>
    private static readonly string[] AttackStems = ["attack", "strike", "атак", "удар", "вдар", "штурм", "обстріл", "обстрел", "бити", "бить"];

    /// <summary>
    /// The attack words of the sentence told only as possible or to come: an attack word whose clause is unreal
    /// (<see cref="ClauseMood"/>: "the enemy could repeat the attack", "strikes on military targets will continue",
    /// "удары ... будут продолжены", "росіяни намагатимуться бити по Сумах", "могут нанести удар"), or one with a word of
    /// likelihood within three words before it ("ймовірно атакуватимуть", "вероятно, ударят"). Null when there are none
    /// (most sentences: no list is made for them).
    /// </summary>
    private List<int>? UnrealAttacks(int first, int limit)
    {
        List<int>? unreal = null;
        for (var i = first; i < limit; i++)
        {
            if (IsAttackWord(_tokens[i].Text(_document.Text)) && ClauseMood.Unreal(_document.Text, _tokens, i, i + 1, first, limit))
            {
                (unreal ??= []).Add(i);
                continue;
            }

            if (!PossibilityWords.Contains(_document.Text, _tokens[i]))
            {
                continue;
            }

            for (var j = i + 1; j < limit && j <= i + 3; j++)
            {
                if (IsAttackWord(_tokens[j].Text(_document.Text)))
                {
                    (unreal ??= []).Add(j);
                    break;
                }
            }
        }

        return unreal;
    }

    /// <summary>Marks and words that part two clauses, so that an attack told as possible in one leaves a strike told in
    /// the other ("Росія може повторити атаку, але вночі дрони вдарили по Сумах"); "and" does not part them ("could
    /// strike Odesa with missiles and drones").</summary>
    private static readonly WordSet ClauseParts = new(["but", "while", "whereas", "але", "а", "проте", "однак", "но", "однако"]);

    /// <summary>Whether the word at <paramref name="token"/> shares its clause with an attack word told only as
    /// possible (<see cref="UnrealAttacks"/>): judged per trigger, not for the whole sentence.</summary>
    private bool OnlyPossibleAt(List<int>? unreal, int token)
    {
        if (unreal is null)
        {
            return false;
        }

        foreach (var p in unreal)
        {
            var (from, to) = p < token ? (p, token) : (token, p);
            var parted = false;
            for (var i = from + 1; i < to && !parted; i++)
            {
                var t = _tokens[i];
                parted = (t.Kind == TokenKind.Punctuation && _document.Text[t.Start] is ',' or ';' or ':' or '.' or '!' or '?' or '—' or '–' or '(' or ')')
                    || ClauseParts.Contains(_document.Text, t);
            }

            if (!parted)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Per character, whether a word starting with it may be an attack word (1), or not (2), or not asked yet (0):
    /// whether it equals, ignoring case as the comparisons below do, the first character of "hit" or of a stem.
    /// Most words start otherwise and are done with one read.
    /// </summary>
    private static readonly byte[] AttackInitials = new byte[char.MaxValue + 1];

    private static bool MayBeAttackWord(char first)
    {
        var known = AttackInitials[first];
        if (known == 0)
        {
            ReadOnlySpan<char> one = [first];
            var may = one.Equals("h", StringComparison.OrdinalIgnoreCase);
            foreach (var stem in AttackStems)
            {
                may |= one.Equals(stem.AsSpan(0, 1), StringComparison.OrdinalIgnoreCase);
            }

            AttackInitials[first] = known = may ? (byte)1 : (byte)2; // (two threads may both ask: the same answer)
        }

        return known == 1;
    }

    private static bool IsAttackWord(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || !MayBeAttackWord(word[0]))
        {
            return false;
        }

        // "hit" only as itself: as a stem it would take "history" and "hitherto"
        if (word.Equals("hit", StringComparison.OrdinalIgnoreCase) || word.Equals("hits", StringComparison.OrdinalIgnoreCase)
            || word.Equals("hitting", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

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
