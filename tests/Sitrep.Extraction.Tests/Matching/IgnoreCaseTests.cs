using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Tests.Matching;

/// <summary>
/// The sentence searches of the claims, events and places rules find a phrase ignoring case through
/// <see cref="IgnoreCase"/>; it must find what <c>IndexOf(value, StringComparison.OrdinalIgnoreCase)</c> finds, also
/// where a character other than a letter's two cases equals it ignoring case.
/// </summary>
public sealed class IgnoreCaseTests
{
    [Theory]
    [InlineData("Over the past week, the ministry said", "past week")]
    [InlineData("OVER THE PAST WEEK", "past week")]
    [InlineData("За минулий тиждень окупанти", "за минулий тиждень")]
    [InlineData("ЗА МИНУЛИЙ ТИЖДЕНЬ", "за минулий тиждень")]
    [InlineData("nothing of the kind here", "past week")]
    [InlineData("", "week")]
    [InlineData("wee", "week")]
    [InlineData("week", "week")]
    [InlineData("a weekly week", "week")]
    [InlineData("pa pa past", "past")]
    [InlineData("Харківщина", "щин")]
    public void IndexOf_NewsText_SameAsTheRuntimeSearch(string text, string value) =>
        Assert.Equal(text.AsSpan().IndexOf(value, StringComparison.OrdinalIgnoreCase), IgnoreCase.IndexOf(text, value));

    [Fact]
    public void IndexOf_EveryCharacterBeforeAValue_SameAsTheRuntimeSearch()
    {
        string[] values = ["in", "since", "kelvin", "за тиждень", "в том числе", "σ", "µ", "direction", "напрямку"];
        foreach (var value in values)
        {
            for (var c = 0; c <= 0xFFFF; c++)
            {
                if (c is >= 0xD800 and <= 0xDFFF)
                {
                    continue;
                }

                // the character in place of the value's first letter, and before the value
                var first = (char)c + value[1..] + " " + value;
                var before = "x" + (char)c + value;
                Assert.True(first.AsSpan().IndexOf(value, StringComparison.OrdinalIgnoreCase) == IgnoreCase.IndexOf(first, value), $"{value} U+{c:X4}");
                Assert.True(before.AsSpan().IndexOf(value, StringComparison.OrdinalIgnoreCase) == IgnoreCase.IndexOf(before, value), $"{value} U+{c:X4} before");
            }
        }
    }
}
