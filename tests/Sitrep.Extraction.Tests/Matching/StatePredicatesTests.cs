using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Tests.Matching;

public sealed class StatePredicatesTests
{
    public static TheoryData<int[], int> Lists => new()
    {
        { [], 3 },
        { [3], 3 },
        { [1, 2, 3, 4, 5, 6], 3 },
        { [3, 3, 3], 3 },
        { [6, 1, 3, 9, 12, 2, 3], 3 },
        { [1, 2, 4, 5], 3 },
        { [7, 14, 1, 21], 7 },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void RemoveAll_WithState_SameItemsLeftInTheSameOrderAsListRemoveAll(int[] items, int divisor)
    {
        var expected = new List<int>(items);
        var expectedRemoved = expected.RemoveAll(x => x % divisor == 0);
        var actual = new List<int>(items);
        var seen = new List<int>();

        var removed = actual.RemoveAll(divisor, (x, d) =>
        {
            seen.Add(x);
            return x % d == 0;
        });

        Assert.Equal(expected, actual);
        Assert.Equal(expectedRemoved, removed);
        Assert.Equal(items, seen); // each item once, in order, as List.RemoveAll does
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public void ExistsAndTrueForAll_WithState_SameAsListMethods(int[] items, int divisor)
    {
        var list = new List<int>(items);

        Assert.Equal(list.Exists(x => x % divisor == 0), list.Exists(divisor, static (x, d) => x % d == 0));
        Assert.Equal(list.TrueForAll(x => x % divisor == 0), list.TrueForAll(divisor, static (x, d) => x % d == 0));
    }
}
