namespace Sitrep.Storage.Tests.Builders;

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public static FixedClock Default { get; } = new(new DateTimeOffset(2025, 11, 25, 9, 30, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
