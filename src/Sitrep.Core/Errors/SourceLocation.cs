namespace Sitrep.Core.Errors;

/// <summary>Where in an input something went wrong: a file (or URL) and a line, or a byte offset.</summary>
public sealed record SourceLocation(string Source, int? Line = null, long? Offset = null)
{
    public override string ToString() =>
        Line is not null ? $"{Source}:{Line}" : Offset is not null ? $"{Source}@{Offset}" : Source;
}
