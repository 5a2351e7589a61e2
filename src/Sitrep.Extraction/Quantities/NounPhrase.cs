namespace Sitrep.Extraction.Quantities;

/// <summary>What the words after a number say it counts.</summary>
internal struct NounPhrase
{
    /// <summary>First token of the phrase (after "of" in "dozens of").</summary>
    public int Start;

    /// <summary>Token after the last one that belongs to the quantity's span.</summary>
    public int End;

    /// <summary>The head noun's token, or -1.</summary>
    public int Head;

    public string? Unit;

    /// <summary>killed/wounded/captured/missing said right after the phrase ("civilians killed", "11 wounded").</summary>
    public string? Casualty;

    public bool Person;

    public string? Side;

    /// <summary>The phrase is a duration, a currency or a measure we do not count ("24 hours", "$5 million").</summary>
    public bool NotCounted;
}
