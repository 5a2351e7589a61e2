using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>What kinds a sentence claims: kind words, reports of kind other, weapons used, losses and what is no claim.</summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>
    /// A word of "those hurt" ("пострадавш...", "постраждал...х", "жертв") that is not "пострадавших нет" / "постраждалих немає"
    /// (an absence word after it in its clause): no claim, the phrase only denies losses.
    /// </summary>
    private bool HurtWithoutDenial(int word, int end, int limit)
    {
        var text = _tokens[word].Text(_document.Text);
        if (!text.StartsWith("пострадавш", StringComparison.OrdinalIgnoreCase) && !text.StartsWith("постраждалих", StringComparison.OrdinalIgnoreCase)
            && !text.StartsWith("постраждалим", StringComparison.OrdinalIgnoreCase) && !text.Equals("жертв", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!ClaimLexicon.HurtDenied.Contains(_document.Text, _tokens[word]))
        {
            return true;
        }

        return !ClaimLexicon.AbsenceWords.AnyIn(_document.Text, _tokens, end, Math.Min(limit, end + 6));
    }

    /// <summary>
    /// "No one was killed, but three people were wounded", "Ніхто не загинув, але троє людей поранені", "Никто не погиб,
    /// но трое ранены": losses denied in one clause and losses asserted in the clause a contrast word ("but", "але",
    /// "но") opens are two claims of one kind with opposite stances, so the second trigger of the kind is kept.
    /// </summary>
    private bool OtherStanceClause(List<(ClaimKind Kind, int Token, TextSpan Span)> triggers, ClaimKind kind, int first, int trigger)
    {
        if (kind != ClaimKind.Casualties || triggers.FindLastIndex(t => t.Kind == kind) is not (var k and >= 0) || triggers[k].Token >= trigger)
        {
            return false;
        }

        var before = triggers[k].Token;
        var contrast = -1;
        for (var i = before + 1; i < trigger; i++)
        {
            if (_tokens[i].Text(_document.Text) is "but" or "але" or "проте" or "однак" or "но" or "однако" or "however")
            {
                contrast = i;
                break;
            }
        }

        if (contrast < 0)
        {
            return false;
        }

        // the first clause denies ("No one was killed", "ніхто не загинув"), the second does not ("three were wounded")
        var deniedBefore = Negated(first, before) || NoneHurtBefore(first, before) || ClaimLexicon.NoneHurtOpeners.Contains(_document.Text, _tokens[before]);
        var deniedAfter = Negated(contrast + 1, trigger) || NoneHurtBefore(contrast + 1, trigger);
        return deniedBefore != deniedAfter;
    }

    /// <summary>A "nobody" word ("no one", "nobody", "ніхто", "никто") opening the clause of the trigger, at most three words before it.</summary>
    private bool NoneHurtBefore(int first, int trigger)
    {
        for (var i = trigger - 1; i >= Math.Max(first, trigger - 3); i--)
        {
            if (_tokens[i].Text(_document.Text) is "nobody" or "ніхто" or "никто" or "Nobody" or "Ніхто" or "Никто"
                || (_tokens[i].Text(_document.Text) is "one" && i > first && _tokens[i - 1].Text(_document.Text) is "no" or "No"))
            {
                return true;
            }
        }

        return false;
    }

    // the kind words of the range Triggers reads, a list it reuses (nothing it calls reads kind words into it)
    private readonly List<PhraseMatch<ClaimKind>> _kinds = [];

    private List<(ClaimKind Kind, int Token, TextSpan Span)> Triggers(int s, TextSpan sentence, int first, int limit)
    {
        var triggers = new List<(ClaimKind Kind, int Token, TextSpan Span)>();
        var unreal = UnrealAttacks(first, limit);
        var kinds = _kinds;
        kinds.Clear();
        _lexicon.Kinds.FindAll(_document.Text, _tokens, first, limit, kinds);
        foreach (var m in kinds)
        {
            var kind = m.Value;
            if (kind == ClaimKind.Strike && (OnlyPossibleAt(unreal, m.FirstToken) || ClauseMood.Unreal(_document.Text, _tokens, m.FirstToken, m.EndToken, first, limit)))
            {
                continue; // "ворог може повторити удар", "Russia could launch drones at Kyiv": a warning, no strike
            }

            if (kind is ClaimKind.Capture or ClaimKind.Encirclement && ClauseMood.Unreal(_document.Text, _tokens, m.FirstToken, m.EndToken, first, limit))
            {
                continue; // "To encircle the town they would need to ... take the heights": a goal or a condition, no claim
            }

            if (kind == ClaimKind.Capture)
            {
                kind = CaptureObject.Classify(_document.Text, _tokens, first, limit, m.FirstToken, m.FirstToken + m.TokenCount);
            }

            else if (kind == ClaimKind.Strike && ClaimLexicon.DestroyWords.Contains(_document.Text, _tokens[m.FirstToken]) && Intercepted(first, limit, m.FirstToken))
            {
                continue; // "перехвачены и уничтожены 37 беспилотников": the interception, told twice
            }
            else if (kind == ClaimKind.Strike && ClaimLexicon.DestroyWords.Contains(_document.Text, _tokens[m.FirstToken])
                && AirDefence.Downed(_document.Text, _tokens, first, limit, m.FirstToken))
            {
                kind = ClaimKind.Other; // "над областю знищено 9 ударних дронів": shot down, an interception
            }
            else if (kind == ClaimKind.Strike && DestroysPeople(first, limit, m.FirstToken, m.FirstToken + m.TokenCount, out var assault))
            {
                // "Знищено 6 окупантів", "15 Russian groups had been destroyed"; "destroyed an assault group": an assault stopped
                kind = assault ? ClaimKind.Repelled : ClaimKind.Casualties;
            }

            if (kind == ClaimKind.Casualties && HurtWithoutDenial(m.FirstToken, m.EndToken, limit))
            {
                continue; // "всем пострадавшим оказывается помощь": the hurt counted before, not a claim of their own
            }

            if (kind == ClaimKind.Casualties && FireAfter(m.EndToken, limit))
            {
                continue; // "рятувальники ліквідували пожежу": a fire put out, no one killed
            }

            if (kind == ClaimKind.Casualties && ByWeapon(m.EndToken, limit) && HasWord(ClaimLexicon.CivilianWords, first, limit))
            {
                kind = ClaimKind.Strike; // "two civilians were wounded by a glide bomb": the victims of a strike, part of its claim
            }

            if (kind == ClaimKind.Casualties && ClaimLexicon.SufferWords.Contains(_document.Text, _tokens[m.FirstToken])
                && HasWord(BuildingWords, m.EndToken, Math.Min(limit, m.EndToken + 4)))
            {
                kind = ClaimKind.Strike; // "від ударів постраждали понад 60 будинків": the damage of strikes, no victims
            }

            if (kind is ClaimKind.Strike or ClaimKind.Casualties && HasWord(ClaimLexicon.ArrestWords, first, m.FirstToken))
            {
                continue; // "detained 12 people suspected of guiding missile strikes": the arrest is what is told
            }

            if (kind == ClaimKind.Strike && (HasWord(ClaimLexicon.MineWords, m.EndToken, Math.Min(limit, m.EndToken + 3)) || Attributive(first, m)
                || (m.FirstToken > first && ClaimLexicon.CauseWords.Contains(_document.Text, _tokens[m.FirstToken - 1]) && HasWord(ClaimLexicon.SufferWords, m.EndToken, limit))))
            {
                // "his tractor hit an anti-tank mine"; "evacuated residents from the damaged building"; "от ударов ... пострадали
                // 60 мирных жителей": the strikes are the cause of the losses told
                continue;
            }

            if (kind is ClaimKind.Capture or ClaimKind.Encirclement && InTimeClause(first, m.FirstToken))
            {
                continue; // "fewer than 1,000 remained by the time the town fell": when, not what, is said
            }

            if (kind != ClaimKind.Other && (!triggers.Exists(kind, static (t, kind) => t.Kind == kind) || OtherStanceClause(triggers, kind, first, m.FirstToken)))
            {
                triggers.Add((kind, m.FirstToken, m.Span));
            }
        }

        if (!triggers.Exists(t => t.Kind == ClaimKind.Casualties) && triggers.FindIndex(t => t.Kind == ClaimKind.Strike) is var struck and >= 0
            && ClaimLexicon.DestroyWords.Contains(_document.Text, _tokens[triggers[struck].Token]) && !HasWord(ClaimLexicon.CivilianWords, first, limit)
            && PeopleInObjectList(triggers[struck].Token + 1, limit) is var fighters and >= 0)
        {
            triggers.Add((ClaimKind.Casualties, fighters, _tokens[fighters].Span)); // "знищили 2 танки, 3 ББМ та 11 окупантів": the people too
        }

        if (!triggers.Exists(t => t.Kind == ClaimKind.Capture) && OwnAdvanceIntoPart(first, limit) is var advance and >= 0)
        {
            triggers.Add((ClaimKind.Capture, advance, _tokens[advance].Span)); // "наши штурмовики продвинулись в северной части"
        }

        if (!triggers.Exists(t => t.Kind is ClaimKind.Control or ClaimKind.Capture) && EntryFromSide.Find(_document.Text, _tokens, first, limit) is var entry and >= 0)
        {
            triggers.Add((ClaimKind.Control, entry, _tokens[entry].Span)); // "the brigade had entered Huliaipole from the east"
        }

        var report = OtherReports(triggers, first, limit, unreal);
        if (!triggers.Exists(t => t.Kind == ClaimKind.Strike) && !HasWord(ClaimLexicon.ArrestWords, first, limit)
            && WeaponUse.Find(_document.Text, _tokens, first, limit, _lexicon) is var use and >= 0 && !OnlyPossibleAt(unreal, use))
        {
            triggers.Add((ClaimKind.Strike, use, _tokens[use].Span)); // "Russia had used at least 200 guided bombs"
        }

        // "A missile hit a block, killing one woman": civilian victims of a strike are part of the strike claim (see
        // VictimsOfStrike), so their count makes no casualties claim of its own
        if (!(triggers.Exists(t => t.Kind == ClaimKind.Strike) && HasWord(ClaimLexicon.CivilianWords, first, limit))
            && !triggers.Exists(t => t.Kind == ClaimKind.Casualties))
        {
            QuantityMention? losses = null;
            foreach (var q in Mentions.Quantities(s))
            {
                if (sentence.Contains(q.Span) && q.Unit is Units.Killed or Units.Wounded or Units.Captured or Units.Missing)
                {
                    losses = q;
                    break;
                }
            }

            if (losses is not null && !HasWord(ClaimLexicon.ExchangeWords, first, limit)) // prisoners exchanged are no losses
            {
                var at = TokenSearch.FirstAtOrAfter(_tokens, first, limit - first, losses.Span.Start);
                triggers.Add((ClaimKind.Casualties, Math.Max(first, at), losses.Span));
            }
        }

        if (triggers.Count == 0 && report is { } other)
        {
            triggers.Add((ClaimKind.Other, other.FirstToken, other.Span));
        }
        else if (report is { } second && SecondClause.Stands(_document.Text, _tokens, limit, triggers, second, PlacesOutsideNames(Mentions.Places(s), first, limit)))
        {
            // "liberated Hryshyne and continued clearing Myrnohrad": the second clause's report keeps its own claim
            triggers.Add((ClaimKind.Other, second.FirstToken, second.Span));
        }

        return triggers;
    }

    /// <summary>How many words may stand between "by" and its weapon ("by a Russian glide bomb").</summary>
    private const int ByWeaponReach = 4;

    /// <summary>"wounded by a glide bomb", "killed by shelling": the loss word's agent is a weapon.</summary>
    private bool ByWeapon(int after, int limit)
    {
        if (after >= limit || _tokens[after].Text(_document.Text) is not "by")
        {
            return false;
        }

        for (var j = after + 1; j < Math.Min(limit, after + 1 + ByWeaponReach) && _tokens[j].Kind != TokenKind.Punctuation; j++)
        {
            if (_lexicon.Weapons.TryMatch(_document.Text, _tokens, j, limit, out _, out _) || (_lexicon.Kinds.TryMatch(_document.Text, _tokens, j, limit, out _, out var kind) && kind == ClaimKind.Strike))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Attacks, interceptions and engagement counts: an attack with a weapon named ("drones attacked Dnipro") or an
    /// interception that failed ("could not be intercepted") is a strike; otherwise they make a claim of kind other,
    /// only when the sentence has no claim of a stronger kind.
    /// </summary>
    private PhraseMatch<bool>? OtherReports(List<(ClaimKind Kind, int Token, TextSpan Span)> triggers, int first, int limit, List<int>? unreal)
    {
        var reports = _lexicon.OtherReports.FindAll(_document.Text, _tokens, first, limit);
        if (reports.Count == 0)
        {
            return null; // most statements: no weapon words to look for
        }

        var armed = _lexicon.Weapons.Any(_document.Text, _tokens, first, limit);
        if (!armed)
        {
            // the noun "attack" says something only with its weapon ("drone attacks on civilians"); "consequences of
            // the night attack" reports nothing
            reports.RemoveAll(new SentenceView(_document.Text, _tokens, first, limit), static (m, view) => m.TokenCount == 1 && view.Tokens[m.FirstToken].Text(view.Text) is "attack" or "attacks" or "Attack" or "Attacks");
        }

        // "дякуємо суміжникам із 5-ї окремої штурмової бригади", "the 3rd Assault Battalion": a unit's name, no report
        reports.RemoveAll(new SentenceView(_document.Text, _tokens, first, limit), static (m, view) => m.EndToken < view.Limit && ClaimLexicon.UnitWords.Contains(view.Text, view.Tokens[m.EndToken]));
        if (reports.Count == 0)
        {
            return null;
        }

        foreach (var m in reports)
        {
            if (m.Value && IsLaunch(m) && !LaunchesSomething(m.FirstToken + m.TokenCount, limit))
            {
                continue; // "shot down 89 of 112 drones launched by Russia": the launch describes what was shot down
            }

            // "an industrial site had been attacked", "атакували нафтобазу": an attack on a facility is a strike
            var strike = m.Value ? !OnlyPossibleAt(unreal, m.FirstToken) && (armed || AttackOnFacility(m, first, limit)) : Negated(first, m.FirstToken);
            if (strike && !triggers.Exists(t => t.Kind == ClaimKind.Strike))
            {
                triggers.Add((ClaimKind.Strike, m.FirstToken, m.Span));
            }
        }

        return reports[0];
    }

    /// <summary>
    /// Whether the trigger stands in a time clause that dates the statement ("by the time the town fell", "after
    /// Avdiivka was captured"): a clause word at most four words before it, with no punctuation between, in a
    /// sentence that does not open with it ("After heavy fighting, Russian troops captured ..." opens its sentence).
    /// </summary>
    private bool InTimeClause(int first, int trigger)
    {
        for (var i = trigger - 1; i >= Math.Max(first + 1, trigger - 4); i--)
        {
            if (_tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (ClaimLexicon.TimeClauseWords.Contains(_document.Text, _tokens[i]))
            {
                var word = _tokens[i].Text(_document.Text);
                // "time" only as "by the time"
                return word is not "time" || (i - 2 >= first && _tokens[i - 1].Text(_document.Text) is "the" && _tokens[i - 2].Text(_document.Text) is "by");
            }
        }

        return false;
    }

    /// <summary>A facility within three words of an attack verb: its subject in a passive, its object after it.</summary>
    private bool AttackOnFacility(PhraseMatch<bool> m, int first, int limit) =>
        !IsLaunch(m) && (HasWord(ClaimLexicon.FacilityWords, Math.Max(first, m.FirstToken - 4), m.FirstToken)
            || HasWord(ClaimLexicon.FacilityWords, m.EndToken, Math.Min(limit, m.EndToken + 4)));

    private bool IsLaunch(PhraseMatch<bool> m) => ClaimLexicon.LaunchWords.Contains(_document.Text, _tokens[m.FirstToken]);

    /// <summary>"launched 80 drones", "launched Shahed-type drones", "випустив по Дніпру 40 дронів": the launch has its object after it.</summary>
    private bool LaunchesSomething(int from, int limit)
    {
        for (var i = from; i < Math.Min(limit, from + 3); i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Punctuation || t.Text(_document.Text) is "by" or "from" or "overnight")
            {
                return false;
            }

            if (t.Kind == TokenKind.Number || _lexicon.Weapons.TryMatch(_document.Text, _tokens, i, limit, out _, out _)
                || (t.Kind == TokenKind.Word && char.IsUpper(_document.Text[t.Start])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A destroy word whose object is people or a group of fighters, within a few words either side (an assault group,
    /// <paramref name="assault"/>, is an attack stopped).
    /// </summary>
    private bool DestroysPeople(int first, int limit, int trigger, int triggerEnd, out bool assault)
    {
        assault = false;
        if (!ClaimLexicon.DestroyWords.Contains(_document.Text, _tokens[trigger]))
        {
            return false;
        }

        for (var i = triggerEnd; i < Math.Min(limit, triggerEnd + 4) && _tokens[i].Kind != TokenKind.Punctuation; i++)
        {
            if (IsPeople(_tokens[i]))
            {
                // "destroyed an assault group", "destroyed a Russian group heading for the centre": an attack stopped
                assault = ClaimLexicon.GroupWords.Contains(_document.Text, _tokens[i])
                    && ((i > first && ClaimLexicon.AssaultWords.Contains(_document.Text, _tokens[i - 1])) || HasWord(ClaimLexicon.HeadingWords, i + 1, Math.Min(limit, i + 5)));
                return true;
            }
        }

        // passive, "15 small Russian groups had been destroyed"; "killed 20 soldiers and destroyed two tanks" stops at
        // "and"; after "were/was destroyed" the subject may stand further back ("two groups that reached the houses on
        // the outskirts were destroyed")
        var passive = trigger > first && ClaimLexicon.PassiveWords.Contains(_document.Text, _tokens[trigger - 1]);
        var reach = passive ? 16 : 5;
        for (var i = trigger - 1; i >= Math.Max(first, trigger - reach) && _tokens[i].Kind != TokenKind.Punctuation
             && (passive || !ClaimLexicon.Conjunctions.Contains(_document.Text, _tokens[i])); i--)
        {
            if (IsPeople(_tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Наши штурмовики продвинулись в северной части Красноармейска", "our units advanced into the eastern part": the
    /// claimant's own forces advancing into a named part of a town claim that part. An advance by the other side, or
    /// into an area with no part named ("advanced in the Kostiantynivka area"), is no capture.
    /// </summary>
    private int OwnAdvanceIntoPart(int first, int limit)
    {
        for (var i = first; i < limit; i++)
        {
            if (!ClaimLexicon.AdvanceWords.Contains(_document.Text, _tokens[i]))
            {
                continue;
            }

            var own = false;
            for (var j = Math.Max(first, i - 3); j < i && !own; j++)
            {
                own = ClaimLexicon.OwnWords.Contains(_document.Text, _tokens[j]);
            }

            if (own && Extents(i, limit).Exists(e => e.Value is "north" or "south" or "east" or "west" or "centre"))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A counted people word further along a destroy word's list of objects ("destroyed two tanks and 14 Russian
    /// infantrymen", "знищено 4 одиниці техніки та 25 окупантів", "уничтожены две БМП и до 15 военнослужащих"), or -1.
    /// The list ends at a full stop, a semicolon, a colon or a dash.
    /// </summary>
    private int PeopleInObjectList(int from, int limit)
    {
        for (var i = from; i < Math.Min(limit, from + ObjectListReach); i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Punctuation && t.Text(_document.Text) is not ("," or "-" or "«" or "»" or "\"" or "“" or "”" or "„"))
            {
                return -1;
            }

            if (IsPeople(t) && (_tokens[i - 1].Kind == TokenKind.Number || (i - 2 >= from && _tokens[i - 2].Kind == TokenKind.Number)))
            {
                return i;
            }
        }

        return -1;
    }

    private const int ObjectListReach = 14;

    /// <summary>"the damaged building": a damage word between an article and its noun describes, it reports nothing.</summary>
    private bool Attributive(int first, PhraseMatch<ClaimKind> m) =>
        m.TokenCount == 1 && m.FirstToken > first && _tokens[m.FirstToken].Text(_document.Text) is "damaged"
        && _tokens[m.FirstToken - 1].Text(_document.Text) is "the" or "a" or "its" or "their" && m.EndToken < _tokens.Length && _tokens[m.EndToken].Kind == TokenKind.Word;

    /// <summary>An interception word just before or after a destroy word: "intercepted and destroyed", "перехвачены и уничтожены".</summary>
    private bool Intercepted(int first, int limit, int trigger)
    {
        for (var i = Math.Max(first, trigger - 3); i < Math.Min(limit, trigger + 4); i++)
        {
            if (i != trigger && _lexicon.Interceptions.TryMatch(_document.Text, _tokens, i, limit, out _, out _))
            {
                return true;
            }
        }

        return false;
    }
}
