namespace Sitrep.Core.Model;

public enum SpeakerType
{
    Person,
    MilitaryUnit,
    Government,
    Agency,
    Media,
    Anonymous,
}
