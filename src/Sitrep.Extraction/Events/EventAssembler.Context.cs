using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>Whether a sentence's triggers stand in a war: a belligerent, a weapon, a place of fighting, or a strike story.</summary>
internal sealed partial class EventAssembler
{
    private bool InWarContext(int s, List<PhraseMatch<TriggerClass>> triggers)
    {
        var sentence = _document.Sentences[s];
        var first = sentence.FirstToken;
        var limit = first + sentence.TokenCount;
        var offTopic = _offTopicDocument || _lexicon.OffTopic.Any(_document.Text, _tokens, first, limit);
        var actor = HasConflictActor(s);
        if (!actor && s > 0 && _document.Sentences[s - 1].Paragraph == sentence.Paragraph)
        {
            actor = !offTopic && HasConflictActor(s - 1);
        }

        if (actor)
        {
            return true;
        }

        if (offTopic)
        {
            return false;
        }

        if (triggers.Exists(t => t.Value is TriggerClass.Protest or TriggerClass.Other or TriggerClass.Chemical or TriggerClass.Suicide
            || (t.Value == TriggerClass.Agreement && t.TokenCount > 1)))
        {
            // a protest or a prisoner exchange needs no belligerent in its sentence to be part of the war's record
            return true;
        }

        var weapon = triggers.Exists(t => t.Value is TriggerClass.Shelling or TriggerClass.AirDrone or TriggerClass.Mine);
        if (triggers.TrueForAll(t => t.Value is TriggerClass.Strike or TriggerClass.Casualties))
        {
            // "hit", "strike", "killed" alone are too common outside war to stand without a belligerent, unless a
            // place "was hit" in a story of missiles or drones ("energy facilities were hit in the Fastiv district")
            return PassiveHitInStrikeStory(s, triggers);
        }
        var place = _mentions.Places(s).Exists(p => p.Role == PlaceRole.Location);
        return weapon || (place && triggers.Exists(t => t.Value is TriggerClass.Clash or TriggerClass.Repelled or TriggerClass.Capture));
    }

    private static readonly WordSet PassiveAuxiliaries = new(["was", "were", "been", "being"]);

    /// <summary>How many paragraphs back a story of missiles or drones carries the war into a bare "were hit".</summary>
    private const int StoryParagraphs = 2;

    /// <summary>
    /// A passive hit ("were hit", "was struck") at a place below a country, with missiles or drones told in the
    /// paragraphs just before: a strike of the story, not a sports or business hit.
    /// </summary>
    private bool PassiveHitInStrikeStory(int s, List<PhraseMatch<TriggerClass>> triggers)
    {
        var first = _document.Sentences[s].FirstToken;
        if (!triggers.Exists(t => t.Value == TriggerClass.Strike && t.FirstToken > first && PassiveAuxiliaries.Contains(_document.Text, _tokens[t.FirstToken - 1]))
            || !_mentions.Places(s).Exists(p => p.Role == PlaceRole.Location && p.FeatureCode?.StartsWith("PCL", StringComparison.Ordinal) != true))
        {
            return false;
        }

        var paragraph = _document.Sentences[s].Paragraph;
        for (var b = s - 1; b >= 0 && paragraph - _document.Sentences[b].Paragraph <= StoryParagraphs; b--)
        {
            if (HasWeaponTrigger(b))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Notes whether the triggers found in sentence <paramref name="s"/> (before any rule) hold a shelling or a drone word.</summary>
    private void NoteWeaponTriggers(int s, List<PhraseMatch<TriggerClass>> found)
    {
        var known = _weaponTriggers ??= new sbyte[_document.Sentences.Count];
        known[s] = found.Exists(static t => t.Value is TriggerClass.Shelling or TriggerClass.AirDrone) ? (sbyte)2 : (sbyte)1;
    }

    /// <summary>Whether the triggers of sentence <paramref name="s"/>, as found, hold a shelling or a drone word: noted when
    /// the sentence was assembled (sentences are assembled in order), else found now.</summary>
    private bool HasWeaponTrigger(int s)
    {
        if (_weaponTriggers is { } known && known[s] != 0)
        {
            return known[s] == 2;
        }

        var sentence = _document.Sentences[s];
        return _lexicon.Triggers.FindAll(_document.Text, _tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount)
            .Exists(static t => t.Value is TriggerClass.Shelling or TriggerClass.AirDrone);
    }

    /// <summary>"бригада скорой помощи", "бригада швидкої допомоги", "бригада медиків": a crew of medics, no fighters.</summary>
    private bool MedicalCrew(int after, int limit) =>
        after < limit && _tokens[after].Kind == Sitrep.Core.Text.TokenKind.Word
        && _tokens[after].Text(_document.Text) is var w
        && (w.StartsWith("скор", StringComparison.OrdinalIgnoreCase) || w.StartsWith("швидк", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("екстрен", StringComparison.OrdinalIgnoreCase) || w.StartsWith("медик", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("медичн", StringComparison.OrdinalIgnoreCase) || w.StartsWith("рятувальник", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("спасател", StringComparison.OrdinalIgnoreCase) || w.StartsWith("ДСНС", StringComparison.OrdinalIgnoreCase)
            || w.StartsWith("МЧС", StringComparison.OrdinalIgnoreCase));

    /// <summary>Per sentence, whether it names a party to the fighting (0: not asked yet, 1: no, 2: yes): the war
    /// context asks it of a sentence and the one before, and every draft of the sentence asks it again.</summary>
    private sbyte[]? _conflictActor;

    /// <summary>Whether sentence <paramref name="s"/> names a party to the fighting (<see cref="NamesConflictActor"/>), asked once per sentence.</summary>
    private bool HasConflictActor(int s)
    {
        var known = _conflictActor ??= new sbyte[_document.Sentences.Count];
        if (known[s] == 0)
        {
            var sentence = _document.Sentences[s];
            known[s] = NamesConflictActor(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) ? (sbyte)2 : (sbyte)1;
        }

        return known[s] == 2;
    }

    /// <summary>The conflict phrases of the sentence asked about (one list for the document, cleared per question).</summary>
    private readonly List<PhraseMatch<bool>> _conflictFound = [];

    private bool NamesConflictActor(int first, int limit)
    {
        // one scan into a list the document reuses (with no phrase there, the scan finds none)
        var conflict = _conflictFound;
        conflict.Clear();
        _lexicon.Conflict.FindAll(_document.Text, _tokens, first, limit, conflict);
        foreach (var c in conflict)
        {
            if (!MedicalCrew(c.EndToken, limit))
            {
                return true;
            }
        }

        foreach (var m in _actors.Of(first, limit))
        {
            // "Kyiv", "Moscow", "Russia" alone are too often places or politics to make a sentence about war
            if (m.Value.IsBelligerent && m.Value.Id is not ("ua-gov" or "ru-gov") && !_mentions.IsPlace(m.Span))
            {
                return true;
            }
        }

        return false;
    }
}
