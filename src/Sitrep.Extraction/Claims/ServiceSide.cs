using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// A serving member quoted without a side ("A logistics officer said ...", "said Andrii, a drone platoon commander",
/// "розповів командир роти") speaks for the forces the story quotes: when every military unit that speaks in the
/// document is of one side, the officer is of that side too. A story quoting units of both sides, or none, gives no
/// side.
/// </summary>
internal static class ServiceSide
{
    private static readonly WordSet Titles = new(
    [
        "officer", "commander", "soldier", "serviceman", "servicewoman", "sergeant", "lieutenant", "captain", "gunner",
        "paratrooper", "marine", "sniper", "medic", "platoon", "battalion", "brigade",
        "офіцер", "офіцера", "командир", "командира", "боєць", "бійця", "військовий", "військовослужбовець", "сержант", "лейтенант", "капітан",
        "навідник", "кулеметник", "десантник", "снайпер", "взводу", "роти", "батальйону",
        "офицер", "офицера", "боец", "бойца", "военный", "военнослужащий", "лейтенант", "капитан", "наводчик", "пулемётчик",
        "пулеметчик", "десантник", "взвода", "роты", "батальона",
    ]);

    /// <summary>How far after the speaker's words an appositive title is read (", a former machine gunner who ...").</summary>
    private const int Window = 48;

    public static string? Of(Document document, Sitrep.Core.Model.Attribution a)
    {
        if (a.SpeakerType is not (SpeakerType.Person or SpeakerType.Anonymous) || a.SpeakerSpan is not { } speaker
            || !HasTitle(document.Text, speaker.Start, Math.Min(document.Text.Length, speaker.End + Window)))
        {
            return null;
        }

        string? side = null;
        foreach (var other in document.Attributions)
        {
            if (other.SpeakerType != SpeakerType.MilitaryUnit || other.Side is not ("UA" or "RU"))
            {
                continue;
            }

            if (side is not null && side != other.Side)
            {
                return null;
            }

            side = other.Side;
        }

        return side;
    }

    private static bool HasTitle(string text, int start, int end)
    {
        var i = start;
        while (i < end)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                if (text[i] is '.' or '!' or '?' or '"' or '“' or '”' or '«' or '»')
                {
                    return false; // the title belongs to the speaker's own phrase, not the next sentence or quote
                }

                i++;
            }

            var w = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '\''))
            {
                i++;
            }

            if (i > w && Titles.Contains(text.AsSpan(w, i - w)))
            {
                return true;
            }
        }

        return false;
    }
}
