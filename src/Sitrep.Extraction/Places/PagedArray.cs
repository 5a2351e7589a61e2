namespace Sitrep.Extraction.Places;

/// <summary>
/// An array whose elements are kept in pages of 1,024, each made when one of its elements is first written: what
/// the gazetteer learns per place and per name key as lookups touch them. A lookup touches few places, so the pages
/// stay few and small instead of one array per gazetteer of a place's or a key's count (1.7 and 1 MB), which went to
/// the large-object heap at start and was enough to set off a full garbage collection in a cold `sitrep extract`.
/// Reading an element never written gives the default value. Writers that race on a new page agree on one page.
/// </summary>
internal sealed class PagedArray<T>
{
    private const int PageBits = 10;
    private const int PageMask = (1 << PageBits) - 1;

    private readonly T[]?[] _pages;

    public PagedArray(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        Length = length;
        _pages = new T[]?[(length + PageMask) >> PageBits];
    }

    public int Length { get; }

    public T this[int index]
    {
        get
        {
            var page = _pages[index >> PageBits];
            return page is null ? default! : page[index & PageMask];
        }

        set => (_pages[index >> PageBits] ?? NewPage(index >> PageBits))[index & PageMask] = value;
    }

    private T[] NewPage(int page)
    {
        Interlocked.CompareExchange(ref _pages[page], new T[1 << PageBits], null);
        return _pages[page]!;
    }
}
