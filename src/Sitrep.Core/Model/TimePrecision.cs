namespace Sitrep.Core.Model;

public enum TimePrecision
{
    Day,
    Days,
    Week,
    Month,
    Year,
}
