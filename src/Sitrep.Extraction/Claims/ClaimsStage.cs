using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// Turns attributed statements into claims with kind, place, extent and stance. A sentence is a claim when an
/// attribution covers it, or when the document is the own channel of a belligerent actor (a unit's Telegram post,
/// a ministry's summary: its outlet is in the actor registry) - then the actor is the claimant of every sentence.
/// After all claims are built, pairs about the same place that cannot both be true are linked both ways.
/// </summary>
public sealed class ClaimsStage : IStage
{
    public string Name => "claims";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Places, Annotations.Times, Annotations.Attributions];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Claims];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        // a claim in a city district is a claim about the city (docs/claims.md, place): the claims read each district's
        // mention as its city's; the document's places keep the district
        var districts = Places.CitySections.ReadAsCities(document.Places);
        try
        {
            Claims(document, cancellationToken);
        }
        finally
        {
            Places.CitySections.Restore(document.Places, districts);
        }
    }

    private static void Claims(Document document, CancellationToken cancellationToken)
    {
        // read once for the claims and the events stage
        var readings = SharedReadings.Of(document);
        if (readings.OffTopic)
        {
            return; // a match report or a market story: its quotes are no claims about the war
        }

        var builder = new ClaimBuilder(document, ClaimLexicon.Default);
        var channel = readings.OwnChannel ?? AuthorChannel.Of(document);
        var services = new ServiceSide(document);
        var propositions = new List<Proposition>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var sentence = document.Sentences[s];
            var statements = builder.Mentions.Attributions(s);
            if (statements.Count == 0 && channel is not null)
            {
                propositions.AddRange(builder.Build(s, sentence.Span, channel, propositions, statement: false, ReportTime.Before(document, sentence.Span.Start)));
                continue;
            }

            // "We assess that Russian forces do not hold the town": the analysis' own voice, no reporting verb
            if (statements.Count == 0 && OwnAssessment.Find(document, builder.Tokens, sentence) is var (clause, assessor))
            {
                propositions.AddRange(DatedByPublication(document, builder.Build(s, clause, assessor, propositions, statement: false)));
                continue;
            }

            Sitrep.Core.Model.Attribution? previous = null;
            foreach (var a in statements)
            {
                var claimant = new Claimant(a.Speaker, a.Side ?? LocalSide(document, builder, s, a) ?? services.Of(a) ?? RepostSide(document, s, a) ?? TitleBeforeNameSide(document, builder, a), a.SpeakerType, a.Hedge, a.Verb, a.SpeakerSpan);
                var span = sentence.Span.Contains(a.Span) ? a.Span : sentence.Span;
                var built = StoryTime(builder.Build(s, span, claimant, propositions), ReportTime.Before(document, sentence.Span.Start));
                if (previous is not null && previous.Speaker == a.Speaker && previous.Verb == a.Verb)
                {
                    VictimsAdded(propositions, built, previous.Span);
                    built.RemoveAll(p => p.Claim.Kind != ClaimKind.Other && propositions.Exists(q => previous.Span.Contains(q.Claim.Span)
                        && q.Claim.Claimant == p.Claim.Claimant && q.Claim.Kind == p.Claim.Kind && q.Claim.Stance == p.Claim.Stance
                        && q.Claim.Place?.GeonameId == p.Claim.Place?.GeonameId)); // "rejected the claim, saying Russian forces did not capture it": one denial
                    PlaceOfSentence(document, propositions, built, previous.Span, sentence.Span);
                }

                propositions.AddRange(built);
                previous = a;
            }
        }

        SpeakerTime(propositions, document.Metadata.Published, statements: false);
        propositions = StoryPlace.Apply(document, builder.Mentions, propositions);
        Contradictions.Link(propositions);
        foreach (var p in propositions)
        {
            document.Claims.Add(p.Claim);
        }
    }

    /// <summary>
    /// "Ukrainian drones hit a substation near Shebekino, the governor said, adding that 4,000 households were left
    /// without power": an added statement of kind other with no place of its own is at the settlement its sentence named
    /// for the statement before it.
    /// </summary>
    private static void PlaceOfSentence(Document document, List<Proposition> propositions, List<Proposition> added, TextSpan before, TextSpan sentence)
    {
        var told = propositions.FindLast(p => p.Claim.Place is not null && before.Contains(p.Claim.Span))?.Claim.Place;
        if (told is null || !document.Places.Exists(m => m.GeonameId == told.GeonameId && sentence.Contains(m.Span)))
        {
            return;
        }

        for (var i = 0; i < added.Count; i++)
        {
            if (added[i].Claim is { Kind: ClaimKind.Other, Stance: Stance.Asserts, Place: null } claim)
            {
                added[i] = added[i] with { Claim = claim with { Place = told } };
            }
        }
    }

    /// <summary>
    /// "Russian artillery shelled the bridge's approaches, the administration said, adding that a man was wounded in
    /// Antonivka": the victims a speaker adds to the strike they just told in the same sentence are part of that strike
    /// (its place when it had none), no casualties claim of their own.
    /// </summary>
    private static void VictimsAdded(List<Proposition> propositions, List<Proposition> added, TextSpan before)
    {
        var strike = propositions.FindLastIndex(p => p.Claim.Kind == ClaimKind.Strike && p.Claim.Stance == Stance.Asserts && before.Contains(p.Claim.Span));
        if (strike < 0)
        {
            return;
        }

        for (var i = added.Count - 1; i >= 0; i--)
        {
            var victims = added[i].Claim;
            if (victims.Kind != ClaimKind.Casualties || victims.Stance != Stance.Asserts || victims.Claimant != propositions[strike].Claim.Claimant)
            {
                continue;
            }

            if (propositions[strike].Claim.Place is null && victims.Place is not null)
            {
                propositions[strike] = propositions[strike] with { Claim = propositions[strike].Claim with { Place = victims.Place } };
            }

            added.RemoveAt(i);
        }
    }

    /// <summary>
    /// "Ukraine's army on Tuesday denied the claim. 'The village is under our control,' the spokesperson said": a
    /// statement with no time of its own was made when its claimant's last dated statement before it was, or when
    /// another claim of the same statement happened ("no one was hurt; a warehouse was damaged overnight").
    /// </summary>
    private static void SpeakerTime(List<Proposition> propositions, DateOnly? published, bool statements)
    {
        for (var i = 0; i < propositions.Count; i++)
        {
            var claim = propositions[i].Claim;
            if (claim.From is not null || (!statements && claim.Kind is ClaimKind.Other))
            {
                continue;
            }

            // "По данным главы региона, пострадавших нет, ... повреждены склад и два грузовика": a claim of the same
            // statement that has a time gives it, before or after it in the sentence
            if (SameStatementTime(propositions, claim, published) is { } same)
            {
                propositions[i] = propositions[i] with { Claim = claim with { From = same.Claim.From, To = same.Claim.To } };
                continue;
            }

            for (var j = i - 1; j >= 0; j--)
            {
                var before = propositions[j].Claim;
                if (before.Claimant == claim.Claimant && before.From is { } from && before.To is { } to && before.Span.End <= claim.Span.Start)
                {
                    if (!ReportTime.IsRecent(published, from, to))
                    {
                        break; // "Since February 2022, the enemy has lost ...": a tally's time is no day the claimant spoke on
                    }

                    propositions[i] = propositions[i] with { Claim = claim with { From = from, To = before.To } };
                    break;
                }
            }
        }
    }

    /// <summary>The first claim of the same statement as <paramref name="claim"/> with a recent time of its own.</summary>
    private static Proposition? SameStatementTime(List<Proposition> propositions, Claim claim, DateOnly? published)
    {
        foreach (var p in propositions)
        {
            if (p.Claim.Span == claim.Span && p.Claim.Claimant == claim.Claimant && p.Claim.Kind != ClaimKind.Other
                && p.Claim.From is not null && p.Claim.To is not null && ReportTime.IsRecent(published, p.Claim.From.Value, p.Claim.To.Value))
            {
                return p;
            }
        }

        return null;
    }

    private static List<Proposition> StoryTime(List<Proposition> found, TimeMention? time)
    {
        if (time is null)
        {
            return found;
        }

        for (var i = 0; i < found.Count; i++)
        {
            var p = found[i];
            if (p.Claim.From is null && p.Claim.Stance == Stance.Asserts && p.Claim.Kind is ClaimKind.Strike or ClaimKind.Casualties or ClaimKind.Repelled)
            {
                found[i] = p with { Claim = p.Claim with { From = time.From, To = time.To } };
            }
        }

        return found;
    }

    /// <summary>An assessment with no time of its own is made when it is published.</summary>
    private static List<Proposition> DatedByPublication(Document document, List<Proposition> found)
    {
        if (document.Metadata.Published is not { } day)
        {
            return found;
        }

        for (var i = 0; i < found.Count; i++)
        {
            var p = found[i];
            if (p.Claim.From is null)
            {
                found[i] = p with { Claim = p.Claim with { From = day, To = day } };
            }
        }

        return found;
    }

    /// <summary>The own channel of a body (<see cref="OwnChannel"/>), else the first-person post of an author with no outlet (<see cref="AuthorChannel"/>).</summary>
    /// <summary>
    /// A reposted channel's side ("Репост из канала «Южный рубеж»: «... ВСУ спешно выводят технику ...»"), read from how
    /// its quoted words in the paragraph name the two sides, as a post's author's side is read; null for any other statement.
    /// </summary>
    private static string? RepostSide(Document document, int s, Sitrep.Core.Model.Attribution a)
    {
        if (!global::Sitrep.Extraction.Attribution.CueFinder.IsRepost(a.Verb))
        {
            return null;
        }

        var paragraph = document.Sentences[s].Paragraph;
        var first = s;
        while (first > 0 && document.Sentences[first - 1].Paragraph == paragraph)
        {
            first--;
        }

        var last = s;
        while (last + 1 < document.Sentences.Count && document.Sentences[last + 1].Paragraph == paragraph)
        {
            last++;
        }

        return AuthorChannel.SideOfWords(document, document.Sentences[first].Span.Start, document.Sentences[last].Span.End);
    }

    internal static Claimant? OwnChannelOrAuthor(Document document) => OwnChannel(document) ?? AuthorChannel.Of(document);

    /// <summary>
    /// The claimant behind a document published on a belligerent actor's own channel: its outlet is a registry actor
    /// (also with the unit's honorific or quoted nickname after it: "93 ОМБр «Холодний Яр»", "68 ОЄБр імені Олекси
    /// Довбуша"), or, with no outlet, its title is the body's own heading ("Генеральний штаб ЗСУ", "Сводка
    /// Министерства обороны ... о ходе ...", "General Staff ...: operational update").
    /// </summary>
    internal static Claimant? OwnChannel(Document document)
    {
        var registry = ActorRegistry.Default;
        Actor? actor = null;
        if (document.Metadata.Outlet is { } outlet)
        {
            actor = registry.FindByName(outlet);
            if (actor is null && registry.FindAtStart(outlet, false, out var rest) is { } named && IsNameTail(rest))
            {
                actor = named;
            }
        }
        else if (document.Metadata.Title is { } title
                 && registry.FindAtStart(title, StartsWithReportWord(title), out var after) is { } heading && IsHeadingTail(after))
        {
            actor = heading;
        }

        // an archive or a news site that carries the body's own document under the body's heading ("Russian Defence
        // Ministry briefing on the progress of ...", "Зведення Генштабу ЗСУ за добу"): the body speaks, the site relays
        if (actor is null)
        {
            actor = ReportHeading(document.Metadata.Title) ?? ReportHeading(FirstLine(document.Text));
        }

        if (actor is not { IsOutlet: false })
        {
            return null;
        }

        var side = registry.SideOf(actor);
        return side is null ? null : new Claimant(actor.Name, side, actor.Type, null, null, null);
    }

    /// <summary>
    /// "Командир батальйону 54-ї окремої механізованої бригади Олександр Мельник розповів ...", "The commander of a
    /// Ukrainian battalion Andrii Savchuk said": a person with no side of their own, named right after a title whose
    /// words name a side or a side's kind of unit, is of that side, in that statement and in those that speak through
    /// them (the answers of an interview). A name with no title before it, or a title naming no side, gives none.
    /// </summary>
    private static string? TitleBeforeNameSide(Document document, ClaimBuilder builder, Sitrep.Core.Model.Attribution a)
    {
        if (a.SpeakerType != SpeakerType.Person || a.SpeakerSpan is not { } name)
        {
            return null;
        }

        var tokens = builder.Tokens;
        var sentence = -1;
        for (var i = 0; i < document.Sentences.Count; i++)
        {
            if (document.Sentences[i].Span.Contains(name.Start))
            {
                sentence = i;
                break;
            }
        }

        if (sentence < 0)
        {
            return null;
        }

        var first = document.Sentences[sentence].FirstToken;
        var at = TokenSearch.FirstAtOrAfter(tokens, first, name.Start);
        if (at - first is < 2 or > 12)
        {
            return null;
        }

        var text = document.Text;
        for (var k = first; k < at; k++)
        {
            if (tokens[k].Text(text) is "," or "." or ":" or ";" or "—" or "–" or "«" or "»" or "\"" or "(" or ")")
            {
                return null; // the name is no longer the title's
            }
        }

        var lexicon = global::Sitrep.Extraction.Attribution.AttributionLexicon.Default;
        if (!lexicon.Nouns.TryMatch(text, tokens, first, first + 1, out _, out var type) || type != SpeakerType.Person)
        {
            return BodyInTitleSide(text, tokens, first, at, lexicon);
        }

        return global::Sitrep.Extraction.Attribution.PhraseScanExtensions.TryFirst(lexicon.Sides, text, tokens, first, at, out var side) ? side.Value
            : BodyInTitleSide(text, tokens, first, at, lexicon);
    }

    /// <summary>
    /// "Речник Угруповання об'єднаних сил Олег Гуменюк", "Joint Forces Grouping spokesman Oleh Humeniuk": a title
    /// holding a person noun and a belligerent body of the registry speaks for that body's side. An outlet in the title
    /// ("Suspilne correspondent Oleh Humeniuk", "Корреспондент РИА Новости") gives none: reporters speak for no army; nor
    /// does a former holder of the title ("Бывший офицер Генштаба ВСУ Олег Дмитренко").
    /// </summary>
    private static string? BodyInTitleSide(string text, ReadOnlySpan<Token> tokens, int first, int at, global::Sitrep.Extraction.Attribution.AttributionLexicon lexicon)
    {
        var person = false;
        for (var k = first; k < at; k++)
        {
            if (global::Sitrep.Extraction.Attribution.Languages.PhraseGaps.Former.Contains(text, tokens[k]))
            {
                return null; // "Бывший офицер Генштаба ВСУ Олег Дмитренко": a former holder speaks for himself
            }

            person |= lexicon.Nouns.TryMatch(text, tokens, k, k + 1, out _, out var type) && type == SpeakerType.Person;
        }

        if (!person)
        {
            return null;
        }

        var registry = ActorRegistry.Default;
        string? side = null;
        foreach (var match in registry.FindAll(text, tokens, first, at))
        {
            if (match.Value.IsOutlet || match.Value.Type == SpeakerType.Person)
            {
                return null;
            }

            var own = registry.SideOf(match.Value);
            if (own is null || (side is not null && side != own))
            {
                return null;
            }

            side = own;
        }

        return side;
    }

    /// <summary>
    /// "local officials said", "the regional police said": a government speaker with no side of its own is the
    /// local authority of the place it speaks about (the sentence's place, else the story's first), so in Ukraine
    /// it is Ukrainian; authorities installed by Russia say so ("Russian-installed") and have their side already.
    /// A place in Russia gives no side.
    /// </summary>
    private static string? LocalSide(Document document, ClaimBuilder builder, int s, Sitrep.Core.Model.Attribution a)
    {
        // "the UN Human Rights Monitoring Mission in Ukraine said": a body the registry keeps with no side (of no party
        // to the war) is no local authority of the place it speaks about
        if (ActorRegistry.Default.FindByName(a.Speaker) is { IsOutlet: false } neutral && ActorRegistry.Default.SideOf(neutral) is null)
        {
            return null;
        }

        // "the governor of the Samara region said": an office named after its own region or town is that country's authority
        if (a.SpeakerType is SpeakerType.Government or SpeakerType.Person && a.SpeakerSpan is { } own)
        {
            foreach (var p in document.Places)
            {
                if (own.Overlaps(p.Span) && p.Country is "UA" or "RU")
                {
                    return p.Country;
                }
            }
        }

        // "the regional governor said": a person holding a local office speaks as that authority; so does a staff or
        // unit of the region ("по данным оперативного штаба региона")
        if (a.SpeakerType != SpeakerType.Government && !(a.SpeakerType is SpeakerType.Person or SpeakerType.MilitaryUnit && IsLocalOffice(a.Speaker)))
        {
            return null;
        }

        var place = builder.Mentions.Places(s).Find(static p => p.Role == PlaceRole.Location)
            ?? (IsLocalOffice(a.Speaker) ? PlaceJustTold(document, s) : null)
            ?? document.Places.Find(static p => p.Role == PlaceRole.Location);
        // an unnamed national body speaking of a place in Russia is as often Ukraine's reporting a strike there ("the
        // General Staff confirmed that drones struck the refinery in Syzran"); a local office there is Russia's own
        // ("the regional governor said", "местные власти сообщили")
        return place?.Country switch
        {
            "UA" => "UA",
            "RU" when IsLocalOffice(a.Speaker) => "RU",
            _ => null,
        };
    }

    /// <summary>
    /// The last place named before sentence <paramref name="s"/> in its paragraph or the paragraph before: where a local
    /// office whose sentence names no place speaks of ("In Russia's Belgorod region, drones hit a substation ..., the
    /// region's governor said. / Interfax, citing the regional emergency services, said a transformer had burned out").
    /// </summary>
    private static Sitrep.Core.Model.PlaceMention? PlaceJustTold(Document document, int s)
    {
        var start = document.Sentences[s].Span.Start;
        var paragraph = document.Sentences[s].Paragraph;
        Sitrep.Core.Model.PlaceMention? last = null;
        foreach (var p in document.Places)
        {
            if (p.Span.End > start)
            {
                break;
            }

            if (p.Role == PlaceRole.Location && ParagraphOf(document, p.Span.Start) >= paragraph - 1)
            {
                last = p;
            }
        }

        return last;
    }

    private static int ParagraphOf(Document document, int offset)
    {
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Span.End > offset)
            {
                return sentence.Paragraph;
            }
        }

        return -1;
    }

    private static readonly Sitrep.Extraction.Matching.WordSet LocalOfficeWords = new(
    [
        "governor", "mayor", "local", "regional", "municipal", "city", "district", "губернатор", "губернатора", "мэр",
        "мэра", "местные", "местных", "региональные", "городские", "районные", "глава", "главы", "мер", "місцева", "місцеві",
        // a body "of the region", "of the district": "оперативный штаб региона", "штаб району", "адміністрація громади"
        "региона", "района", "области", "регіону", "району", "області", "громади",
    ]);

    /// <summary>Whether a speaker's words name a local office ("the regional governor", "local officials", "местные власти").</summary>
    private static bool IsLocalOffice(string speaker)
    {
        var rest = speaker.AsSpan();
        while (rest.Length > 0)
        {
            var space = rest.IndexOf(' ');
            var word = (space < 0 ? rest : rest[..space]).Trim(",.'’");
            if (LocalOfficeWords.Contains(word))
            {
                return true;
            }

            rest = space < 0 ? [] : rest[(space + 1)..];
        }

        return false;
    }

    /// <summary>
    /// A heading that names the body and its kind of document, "[body] briefing/summary/update ..." or
    /// "Сводка [body] ...": stricter than a bare name, since a news headline may open with a body and a colon.
    /// </summary>
    private static Actor? ReportHeading(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > 200)
        {
            return null;
        }

        var registry = ActorRegistry.Default;
        if (StartsWithReportWord(line))
        {
            return registry.FindAtStart(line, true, out var after) is { } named && IsHeadingTail(after) ? named : null;
        }

        if (registry.FindAtStart(line, false, out var rest) is not { } actor)
        {
            return null;
        }

        var tail = rest.TrimStart();
        foreach (var noun in ReportNouns)
        {
            if (tail.StartsWith(noun, StringComparison.OrdinalIgnoreCase) && IsHeadingTail(tail[noun.Length..]))
            {
                return actor;
            }
        }

        return null;
    }

    private static string FirstLine(string text)
    {
        var start = 0;
        while (start < text.Length && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        var end = text.IndexOf('\n', start);
        return end < 0 ? text[start..] : text[start..end];
    }

    private static readonly string[] ReportNouns =
    [
        "daily briefing", "briefing", "daily summary", "summary", "operational update", "update", "statement",
        "брифинг", "брифінг", "сводка", "зведення",
    ];

    // "Губернатор Курской области | официальный канал", "Kharkiv Regional Military Administration | official channel": a
    // channel's description after a bar is no part of the body's name
    private static readonly string[] NameTails = ["«", "\"", "“", "(", "імені ", "имени ", "named after ", "|"];
    private static readonly string[] HeadingTails = [":", "|", "—", "–", "(", "о ", "об ", "про ", "щодо ", "on ", "about ", "for "];
    private static readonly string[] ReportWords = ["Сводка ", "Зведення ", "Заява ", "Заявление ", "Повідомлення ", "Сообщение ", "Statement ", "Summary "];

    /// <summary>What may follow a unit's name in its channel title: a quoted nickname, "named after" or a bar and the channel's description.</summary>
    private static bool IsNameTail(string rest)
    {
        var tail = rest.TrimStart();
        return tail.Length == 0 || Array.Exists(NameTails, t => tail.StartsWith(t, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>What may follow the body's name in a heading: nothing, a colon, or "on/о/щодо" the subject.</summary>
    private static bool IsHeadingTail(string rest)
    {
        var tail = rest.TrimStart();
        return tail.Length == 0 || Array.Exists(HeadingTails, t => tail.StartsWith(t, StringComparison.OrdinalIgnoreCase));
    }

    private static bool StartsWithReportWord(string title) =>
        Array.Exists(ReportWords, w => title.StartsWith(w, StringComparison.OrdinalIgnoreCase));
}

/// <summary>Who puts a claim forward, with the hedge and verb of the statement.</summary>
internal sealed record Claimant(string Name, string? Side, SpeakerType Type, string? Hedge, string? Verb, TextSpan? SpeakerSpan);

/// <summary>A claim plus what the contradiction check needs: whose control it is about and whether it affirms it.</summary>
internal sealed record Proposition(Claim Claim, string? Controller, bool Affirms);
