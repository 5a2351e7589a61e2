namespace Sitrep.Core.Errors;

/// <summary>A located, one-line error for the user. Codes are listed in <see cref="ErrorCodes"/>.</summary>
public sealed record SitrepError(string Code, string Message, SourceLocation? Location = null)
{
    public override string ToString() => Location is null ? $"{Code}: {Message}" : $"{Location}: {Message} ({Code})";
}

/// <summary>Thrown only at the edge (CLI, API) to carry a <see cref="SitrepError"/>; readers return results instead.</summary>
public sealed class SitrepException(SitrepError error) : Exception(error.ToString())
{
    public SitrepError Error { get; } = error;
}
