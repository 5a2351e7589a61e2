using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Model = Sitrep.Core.Model;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Finds who says what, through which medium and outlets. For each sentence it finds reporting cues outside
/// quotation marks ("said", "according to", "citing", "заявив", "по данным" ...), the speaker phrase before or
/// after each cue, resolves it (registry, back-reference, anonymous, inferred), and builds the relay chain
/// (document outlet first, then the outlets cited). Sentences of a quotation that runs on without a cue of its
/// own inherit the speaker. Verification hedges in the sentence, or in the next sentence without a cue, are kept.
/// </summary>
public sealed class AttributionStage : IStage
{
    private readonly AttributionLexicon _lexicon;

    public AttributionStage()
        : this(AttributionLexicon.Default)
    {
    }

    internal AttributionStage(AttributionLexicon lexicon) => _lexicon = lexicon;

    public string Name => "attribution";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Tokens];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Attributions];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var tokens = document.Tokens;
        var quotes = new QuoteMap(document);
        var resolver = new SpeakerResolver(document.Text, tokens, _lexicon, document.Places, document.Language); // places when read before
        var attributor = new SentenceAttributor(document, tokens, quotes, resolver, _lexicon);
        var bySentence = new Model.Attribution?[document.Sentences.Count];
        List<Model.Attribution>?[]? extra = null; // most documents have no sentence with several speakers
        Model.Attribution?[]? introduced = null; // sentences that introduce a speaker and say nothing themselves
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var found = attributor.Attribute(s);
            if (found.Count > 1)
            {
                extra ??= new List<Model.Attribution>?[document.Sentences.Count];
                extra[s] = found[..^1];
            }

            if (found.Count == 0 && attributor.Introduced is { } introduction)
            {
                introduced ??= new Model.Attribution?[document.Sentences.Count];
                introduced[s] = introduction;
            }

            bySentence[s] = found.Count > 0 ? found[^1] : introduced?[s] is not null ? null : Continuation(document, quotes, attributor, bySentence, s);
            var hedge = attributor.HedgeOf(s);
            if (hedge is not null)
            {
                if (bySentence[s] is { } own)
                {
                    bySentence[s] = own with { Hedge = own.Hedge ?? hedge };
                }
                else if (s > 0 && bySentence[s - 1] is { } previous)
                {
                    bySentence[s - 1] = previous with { Hedge = previous.Hedge ?? hedge };
                }
            }
        }

        // "Переслано з каналу «...»:" alone in its sentence: the header says nothing itself, the quotation after it does
        for (var s = 0; s + 1 < bySentence.Length; s++)
        {
            if (bySentence[s] is { } header && CueFinder.IsRepost(header.Verb) && bySentence[s + 1] is { } quoted && quoted.Verb == header.Verb
                && quoted.Speaker == header.Speaker && document.Text.AsSpan(header.Span.Start, header.Span.Length).TrimEnd().EndsWith(":"))
            {
                bySentence[s] = null;
            }
        }

        Answers(document, bySentence, extra, introduced);
        PointBack(document, bySentence, extra);
        RelayNamedAfter.Apply(document, bySentence, _lexicon);

        // A quotation that opens in a sentence without a cue and closes in the next, attributed, sentence.
        for (var s = document.Sentences.Count - 2; s >= 0; s--)
        {
            if (bySentence[s] is null && bySentence[s + 1] is { } next && quotes.StartsWithQuote(s) && quotes.EndsOpen(s)
                && document.Sentences[s].Paragraph == document.Sentences[s + 1].Paragraph)
            {
                bySentence[s] = next with { Span = document.Sentences[s].Span };
            }
        }

        var count = 0;
        for (var s = 0; s < bySentence.Length; s++)
        {
            count += (extra?[s]?.Count ?? 0) + (bySentence[s] is null ? 0 : 1);
        }

        // straight into the document's list when it has none yet (the usual case), else appended after the lead is read
        var ordered = document.Attributions.Count == 0 ? document.Attributions : new List<Model.Attribution>(count);
        ordered.EnsureCapacity(count);
        for (var s = 0; s < bySentence.Length; s++)
        {
            if (extra?[s] is { } earlier)
            {
                ordered.AddRange(earlier);
            }

            if (bySentence[s] is { } attribution)
            {
                ordered.Add(attribution);
            }
        }

        LeadChain.Apply(document, ordered);
        if (!ReferenceEquals(ordered, document.Attributions))
        {
            document.Attributions.AddRange(ordered);
        }
    }

    /// <summary>How an answer opens its line in a report of questions and answers: "A: It is not.", "Відповідь: ...", "Ответ: ...".</summary>
    private static readonly string[] AnswerOpeners = ["A:", "А:", "Answer:", "Відповідь:", "Ответ:"];

    /// <summary>How a question opens its line: "Q: ...", "Питання: ...", "Вопрос: ...".</summary>
    private static readonly string[] QuestionOpeners = ["Q:", "Question:", "Питання:", "Вопрос:"];

    /// <summary>
    /// A report in questions and answers ("Q: ... / A: It is not. Our supply lines are open."): each sentence of an
    /// answer line with no speaker of its own is said by the person who answers, the person who spoke last before it
    /// outside a question line (the one the report introduced: "Savchuk said: ..."). A question says nothing itself,
    /// but a claim it reports keeps its own cue ("Russian channels say ..."). No person spoke before: no speaker.
    /// </summary>
    private static void Answers(Document document, Model.Attribution?[] bySentence, List<Model.Attribution>?[]? extra, Model.Attribution?[]? introduced)
    {
        var dashed = DashedInterview(document);
        bool? labelled = null;
        for (var s = 0; s < bySentence.Length; s++)
        {
            if (bySentence[s] is not null || extra?[s] is not null
                || (LineOpener(document, s, AnswerOpeners) is null && !(dashed && IsDashedAnswer(document, s))
                    && !(LabelledInterview.IsAnswerLine(document.Text, document.Sentences[s].Start) && (labelled ??= LabelledInterview.Is(document.Text)))))
            {
                continue;
            }

            for (var k = s - 1; k >= 0; k--)
            {
                if ((bySentence[k] ?? introduced?[k]) is { SpeakerType: Model.SpeakerType.Person } person && LineOpener(document, k, QuestionOpeners) is null
                    && !(dashed && LineOpener(document, k, Dashes) is not null && LineEndsWithQuestion(document, k))
                    && !(labelled == true && LabelledInterview.IsQuestionLine(document.Text, document.Sentences[k].Start)))
                {
                    bySentence[s] = person with { Span = document.Sentences[s].Span, Hedge = null };
                    break;
                }
            }
        }
    }

    /// <summary>How a line of an interview in Ukrainian or Russian opens: a dash ("— Як змінилася ситуація?", "— Противник штурмує щодня.").</summary>
    private static readonly string[] Dashes = ["— ", "– ", "—", "–"];

    /// <summary>
    /// An interview whose lines open with a dash, the outlet's questions and the answers in turn: at least one dashed
    /// line ends with a question mark and another does not. A list of losses under dashes asks nothing, so it is none.
    /// </summary>
    private static bool DashedInterview(Document document)
    {
        var (questions, others, last) = (0, 0, -1);
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if (LineOpener(document, s, Dashes) is not { } line || line == last)
            {
                continue; // one count per line
            }

            last = line;
            if (LineEndsWithQuestion(document, s))
            {
                questions++;
            }
            else
            {
                others++;
            }
        }

        return questions > 0 && others > 0;
    }

    /// <summary>A sentence of a dashed line that asks nothing: an answer.</summary>
    private static bool IsDashedAnswer(Document document, int s) =>
        LineOpener(document, s, Dashes) is not null && !LineEndsWithQuestion(document, s);

    /// <summary>Whether the line holding sentence <paramref name="s"/> ends with a question mark.</summary>
    private static bool LineEndsWithQuestion(Document document, int s)
    {
        var text = document.Text;
        var end = text.IndexOf('\n', document.Sentences[s].Start);
        end = end < 0 ? text.Length : end;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > 0 && text[end - 1] == '?';
    }

    /// <summary>The start of sentence <paramref name="s"/>'s line when the line opens with one of <paramref name="openers"/>, else null.</summary>
    private static int? LineOpener(Document document, int s, string[] openers)
    {
        var text = document.Text;
        var start = document.Sentences[s].Start;
        var line = start;
        while (line > 0 && text[line - 1] != '\n')
        {
            line--;
        }

        while (line < start && text[line] is ' ' or '\t')
        {
            line++;
        }

        foreach (var opener in openers)
        {
            if (string.CompareOrdinal(text, line, opener, 0, opener.Length) == 0)
            {
                return line;
            }
        }

        return null;
    }

    private static readonly string[] BackPointers =
    [
        "Про це ", "Про це ж ", "Об этом ", "Об этом же ", "О том ", "This was reported ", "This was announced ",
        "This was confirmed ", "That was reported ",
    ];

    /// <summary>
    /// "Про це повідомили в ОВА." / "Об этом сообщил губернатор.": a sentence that only names who reported the
    /// sentences before it gives its speaker to those sentences of its paragraph that have none of their own, and no
    /// statement of its own.
    /// </summary>
    private static void PointBack(Document document, Model.Attribution?[] bySentence, List<Model.Attribution>?[]? extra)
    {
        for (var s = 1; s < bySentence.Length; s++)
        {
            if (bySentence[s] is not { } attribution || extra?[s] is not null || !StartsWithAny(document, s, BackPointers))
            {
                continue;
            }

            var paragraph = document.Sentences[s].Paragraph;
            if (!IsOutlet(attribution) && RelayedByOutlet(document, bySentence, extra, s, attribution))
            {
                bySentence[s] = null;
                continue;
            }

            var taken = false;
            for (var p = s - 1; p >= 0 && document.Sentences[p].Paragraph == paragraph && bySentence[p] is null && extra?[p] is null; p--)
            {
                bySentence[p] = attribution with { Span = document.Sentences[p].Span };
                taken = true;
            }

            // "Об этом также сообщили местные власти." after a statement of another speaker: a second source for it,
            // no statement of its own
            if (taken || (s - 1 >= 0 && document.Sentences[s - 1].Paragraph == paragraph && bySentence[s - 1] is not null))
            {
                bySentence[s] = null;
            }
        }
    }

    private static bool IsOutlet(Model.Attribution a) => a.SpeakerType is Model.SpeakerType.Media or Model.SpeakerType.Agency;

    /// <summary>
    /// "Как передает ТАСС, ... . Об этом говорится в сообщении Минобороны России.": the sentences of the paragraph just
    /// before that an outlet alone relays are the words of the one the pointing-back sentence names, the outlet passing
    /// them on (it joins their chain). True when it found such sentences.
    /// </summary>
    private static bool RelayedByOutlet(Document document, Model.Attribution?[] bySentence, List<Model.Attribution>?[]? extra, int s, Model.Attribution source)
    {
        var paragraph = document.Sentences[s].Paragraph;
        var found = false;
        for (var p = s - 1; p >= 0 && document.Sentences[p].Paragraph == paragraph && extra?[p] is null; p--)
        {
            if (bySentence[p] is not { } relayed || !IsOutlet(relayed))
            {
                break;
            }

            var via = new List<string>(relayed.Via);
            if (!via.Exists(v => string.Equals(v, relayed.Speaker, StringComparison.OrdinalIgnoreCase)))
            {
                via.Add(relayed.Speaker);
            }

            bySentence[p] = relayed with
            {
                Speaker = source.Speaker, SpeakerType = source.SpeakerType, Side = source.Side, SpeakerSpan = source.SpeakerSpan,
                Via = via,
            };
            found = true;
        }

        return found;
    }

    private static bool StartsWithAny(Document document, int s, string[] openers)
    {
        var start = document.Sentences[s].Start;
        foreach (var c in openers)
        {
            if (string.CompareOrdinal(document.Text, start, c, 0, c.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Continuers =
    [
        "Also, ", "Also ", "In addition, ", "Additionally, ", "Moreover, ", "Furthermore, ", "It also ", "It added ",
        "Також ", "Крім того, ", "Окрім того, ", "Також, ", "Также ", "Кроме того, ", "Помимо этого, ", "Также, ",
    ];

    /// <summary>
    /// Openings of an outcome told right after a report, with no speaker of its own: an absence of victims or losses
    /// ("Постраждалих немає", "Пострадавших нет", "Втрат серед особового складу немає") or the attacks beaten back ("Усі
    /// атаки відбито", "Все атаки отбиты"). Ukrainian and Russian stories tell such an outcome bare; an English story
    /// attributes it again or tells it as its own ("No one was hurt." after "..., the administration said" is the
    /// outlet's), so English openings are not listed.
    /// </summary>
    private static readonly string[] ResultOpeners =
    [
        "Постраждалих ", "Загиблих ", "Жертв ", "Втрат ", "Усі атаки ", "Всі атаки ", "Атаку відбито", "Атаки відбито",
        "Пострадавших ", "Погибших ", "Жертв ", "Потерь ", "Все атаки ", "Атаку отбили", "Атаки отбиты", "Атака отбита",
        // where the debris of what was shot down fell: "... сбиты ещё шесть беспилотников. Обломки упали на территорию
        // предприятия, пострадавших нет."
        "Обломки ", "Уламки ",
        // "Минулося без постраждалих.", "Обошлось без жертв.", "Никто не пострадал.": nobody hurt, a clause of its own
        "Минулося без ", "Обійшлося без ", "Обошлось без ", "Ніхто не постраждав", "Ніхто не загинув", "Никто не пострадал",
        "Никто не погиб",
    ];

    /// <summary>A sentence opening with "Also", "In addition", "Кроме того" goes on with the report before it.</summary>
    private static bool ContinuesReport(Document document, int s) => StartsWithAny(document, s, Continuers);

    /// <summary>A sentence inside or re-opening a quotation that the previous attributed sentence began.</summary>
    private static Model.Attribution? Continuation(Document document, QuoteMap quotes, SentenceAttributor attributor, Model.Attribution?[] bySentence, int s)
    {
        if (s == 0 || bySentence[s - 1] is not { } previous)
        {
            return null;
        }

        if (ContinuesReport(document, s) && document.Sentences[s].Paragraph - document.Sentences[s - 1].Paragraph <= 1)
        {
            return previous with { Span = document.Sentences[s].Span };
        }

        if (StartsWithAny(document, s, ResultOpeners) && document.Sentences[s].Paragraph == document.Sentences[s - 1].Paragraph
            && !attributor.HasCue(s))
        {
            // "... розповів, що окупанти 11 разів атакували позиції. Усі атаки відбито, втрат немає.": the outcome of the
            // happening just reported, in the same paragraph with no speaker of its own, is the same report
            return previous with { Span = document.Sentences[s].Span };
        }

        var inQuote = quotes.StartsOpen(s) || quotes.StartsWithQuote(s);
        var sameOrNextParagraph = document.Sentences[s].Paragraph - document.Sentences[s - 1].Paragraph <= 1;
        if (!inQuote || !sameOrNextParagraph)
        {
            return null;
        }

        // a new quotation whose own cue follows in the next sentence belongs to that cue's speaker
        var opensNew = quotes.StartsWithQuote(s) && (!quotes.StartsOpen(s) || document.Sentences[s].Paragraph == document.Sentences[s - 1].Paragraph);
        if (opensNew && quotes.EndsOpen(s) && s + 1 < document.Sentences.Count
            && document.Sentences[s + 1].Paragraph == document.Sentences[s].Paragraph && attributor.HasCue(s + 1))
        {
            return null;
        }

        return previous with { Span = document.Sentences[s].Span, Hedge = null };
    }
}
