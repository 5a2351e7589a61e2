namespace Sitrep.Core.Pipeline;

/// <summary>Names of the annotation layers stages require and assign.</summary>
public static class Annotations
{
    public const string Language = "language";
    public const string Sentences = "sentences";
    public const string Tokens = "tokens";
    public const string Places = "places";
    public const string Times = "times";
    public const string Quantities = "quantities";
    public const string Attributions = "attributions";
    public const string Claims = "claims";
    public const string Events = "events";
}
