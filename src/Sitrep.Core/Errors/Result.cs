namespace Sitrep.Core.Errors;

/// <summary>A value or a located error; readers return these instead of throwing for bad input.</summary>
public readonly struct Result<T>
{
    private Result(T? value, SitrepError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public SitrepError? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(SitrepError error) => new(default, error);

    public static implicit operator Result<T>(SitrepError error) => Fail(error);
}
