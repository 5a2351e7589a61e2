using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// A serving member quoted without a side ("A logistics officer said ...", "said Andrii, a drone platoon commander",
/// "розповів командир роти") speaks for the forces the story quotes: when every military unit that speaks in the
/// document is of one side, the officer is of that side too. A story quoting units of both sides, or none, gives no
/// side; the title may stand before the name too ("заявив офіцер 102-ї бригади Максим Гордієнко"). One per document: the units' side is worked out once, when the first serving member without a side asks.
/// </summary>
internal sealed class ServiceSide(Document document)
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

    private bool _known;
    private string? _side;

    public string? Of(Sitrep.Core.Model.Attribution a)
    {
        if (a.SpeakerType is not (SpeakerType.Person or SpeakerType.Anonymous) || a.SpeakerSpan is not { } speaker
            || !(HasTitle(document.Text, speaker.Start, Math.Min(document.Text.Length, speaker.End + Window))
                 || (HasTitle(document.Text, TitleStart(document.Text, speaker.Start), speaker.Start) && !Retired(document.Text, speaker.Start))))
        {
            return null;
        }

        if (!_known)
        {
            (_side, _known) = (UnitsSide(document), true);
        }

        return _side;
    }

    /// <summary>The side of the units that speak in the document, or when none does, of the formations it names.</summary>
    private static string? UnitsSide(Document document)
    {
        string? side = null;
        var quoted = false;
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
            quoted = true;
        }

        return quoted ? side : NamedUnitsSide(document);
    }

    /// <summary>
    /// "said Serhiy, a former machine gunner" in a story that quotes no unit but tells of "the 110th Separate
    /// Mechanized Brigade" and "the 3rd Separate Assault Brigade": the side of the registry units it names, when all
    /// are of one side.
    /// </summary>
    private static string? NamedUnitsSide(Document document)
    {
        var registry = ActorRegistry.Default;
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        string? side = null;
        foreach (var m in registry.FindAll(document.Text, tokens, 0, tokens.Length))
        {
            // a formation (brigade, corps, group of forces) inside an army; "Russian forces" is the army a story fights against
            if (m.Value.Type != SpeakerType.MilitaryUnit || m.Value.ParentId is not { } parent
                || registry[parent] is not { Type: SpeakerType.MilitaryUnit } || registry.SideOf(m.Value) is not ("UA" or "RU"))
            {
                continue;
            }

            var unitSide = registry.SideOf(m.Value);
            if (side is not null && side != unitSide)
            {
                return null;
            }

            side = unitSide;
        }

        return side;
    }

    /// <summary>
    /// Where a title before the speaker's name may start ("заявив офіцер 102-ї окремої бригади Максим Гордієнко"): up to
    /// <see cref="Window"/> characters back, not across punctuation or a quotation mark.
    /// </summary>
    private static int TitleStart(string text, int name)
    {
        var i = name;
        while (i > 0 && name - i < Window && text[i - 1] is not ('.' or '!' or '?' or ',' or ';' or ':' or '"' or '“' or '”' or '«' or '»' or '\n'))
        {
            i--;
        }

        return i;
    }

    private static readonly string[] RetiredWords = ["former", "retired", "колишн", "відставц", "бывш", "отставк"];

    /// <summary>
    /// Whether the sentence before the name says the person no longer serves ("Колишній заступник ..., генерал-лейтенант у
    /// відставці Петро Кравець"): a former officer speaks for no side's forces.
    /// </summary>
    private static bool Retired(string text, int name)
    {
        var i = name;
        while (i > 0 && name - i < 160 && text[i - 1] is not ('.' or '!' or '?' or '\n'))
        {
            i--;
        }

        var before = text.AsSpan(i, name - i);
        foreach (var word in RetiredWords)
        {
            if (before.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
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
