using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Text;

/// <summary>The fast case mapping answers exactly as the invariant culture, for every character.</summary>
public sealed class LettersTests
{
    [Fact]
    public void LowerAndUpper_EveryCharacter_AgreeWithTheInvariantCulture()
    {
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            Assert.True(char.ToLowerInvariant(c) == Letters.Lower(c), $"lower U+{i:X4}");
            Assert.True(char.ToUpperInvariant(c) == Letters.Upper(c), $"upper U+{i:X4}");
        }
    }

    [Theory]
    [InlineData('П', 'п')]
    [InlineData('Ї', 'ї')]
    [InlineData('Ё', 'ё')]
    [InlineData('Ґ', 'ґ')]
    [InlineData('K', 'k')]
    public void Lower_CapitalLetter_IsItsSmallLetter(char capital, char small)
    {
        Assert.Equal(small, Letters.Lower(capital));
        Assert.Equal(capital, Letters.Upper(small));
    }
}
