namespace Sitrep.Core.Errors;

/// <summary>The catalogue of error codes Sitrep reports.</summary>
public static class ErrorCodes
{
    /// <summary>The input could not be opened or read.</summary>
    public const string Unreadable = "SR1001";
    /// <summary>The input is larger than the configured limit.</summary>
    public const string TooLarge = "SR1002";
    /// <summary>The input is not valid in its format (HTML, XML feed, JSON line).</summary>
    public const string Malformed = "SR1003";
    /// <summary>The input's format is not one Sitrep reads.</summary>
    public const string UnknownFormat = "SR1004";
    /// <summary>Nesting too deep or too many items.</summary>
    public const string LimitExceeded = "SR1005";
    /// <summary>A remote input timed out or failed.</summary>
    public const string FetchFailed = "SR1006";
    /// <summary>The store could not be opened or written.</summary>
    public const string StoreFailed = "SR2001";
    /// <summary>A required field is missing in a record.</summary>
    public const string MissingField = "SR1007";
    /// <summary>A value could not be parsed (a date, a number).</summary>
    public const string BadValue = "SR1008";
}
