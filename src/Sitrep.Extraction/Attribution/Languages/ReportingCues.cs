using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution.Languages;

/// <summary>Reporting verbs and phrases in English, Ukrainian and Russian.</summary>
internal static class ReportingCues
{
    private static readonly string[] SpeechEn =
    [
        "said", "says", "say", "stated", "states", "claimed", "claims", "insisted", "insists", "reported", "reports",
        "wrote", "writes", "announced", "announces", "added", "noted", "confirmed", "confirms", "posted", "warned",
        "explained", "declared", "alleged", "assessed", "acknowledged", "admitted", "tweeted", "estimated", "responded",
        "replied", "countered", "estimate", "estimates", "forecast", "forecasts", "expect", "expects", "counted",
        "repeated", "predicted", "predict", "believes", "believe", "clarified", "explains", "stressed", "stresses",
        "emphasised", "emphasized", "recalled", "pointed out", "urged",
        // a monitor's count: "the UN mission recorded at least 19 civilians killed", "documented 40 attacks"
        "recorded", "documented",
    ];

    private static readonly string[] DenialEn = ["denied", "denies", "deny", "rejected", "rejects", "dismissed", "refuted", "disputed", "disputes"];

    private static readonly string[] SpeechUkRu =
    [
        // Ukrainian
        "заявив", "заявила", "заявили", "заявляє", "заявляють", "повідомив", "повідомила", "повідомили", "повідомляє",
        "повідомляють", "написав", "написала", "написали", "зазначив", "зазначила", "зазначили", "підтвердив",
        "підтвердила", "підтвердили", "стверджує", "стверджують", "розповів", "розповіла", "розповіли", "передає",
        "наголосив", "наголосила", "наголосили", "додав", "додала", "додали", "поінформував", "поінформували", "заявило",
        "повідомило", "повідомляло", "зазначило", "підтвердило", "написало", "сказали", "пише", "пишуть", "обіцяють",
        "обіцяє", "прогнозують",
        // explaining, stressing, warning, reminding, admitting and believing report words as much as saying does
        "уточнив", "уточнила", "уточнили", "пояснив", "пояснила", "пояснили", "наголошує", "наголошують", "зазначає",
        "зазначають", "попередив", "попередила", "попередили", "попереджає", "попереджають", "нагадав", "нагадала",
        "нагадали", "визнав", "визнала", "визнали", "вважає", "вважають", "переконаний", "переконана",
        "закликав", "закликала", "закликали", "фіксують", "фіксує", "зафіксувала", "зафіксували", "зафіксувало",
        "зафіксував", "задокументувала", "задокументували", "уточнило", "пояснило", "нагадало", "попередило",
        "визнало",
        // announcing, informing, pointing out, commenting, reporting up, and the imperfective past ("писав", "повідомляло")
        "оголосив", "проінформував", "інформує", "інформують", "оголошує", "вказав", "прокоментував", "доповів", "писав",
        "повідомляв", "заявляв", "зазначав",
        // spreading a claim: "російські канали поширюють, що ...", "укроресурсы разгоняют, что ..."
        "поширюють", "поширює", "розганяють", "розганяє", "распространяют", "распространяет", "разгоняют", "разгоняет",
        // Russian
        "заявил", "заявляет", "заявляют", "сообщил", "сообщила", "сообщили", "сообщает", "сообщают", "написал",
        "отметил", "отметила", "отметили", "подтвердил", "подтвердила", "подтвердили", "утверждает", "утверждают",
        "рассказал", "рассказала", "передает", "передаёт", "добавил", "добавила", "подчеркнул", "добавили",
        "подчеркнули", "сообщило", "заявило", "отметило", "подтвердило", "пишет", "пишут", "рассказали", "обещают",
        "обещает", "прогнозируют",
        "уточнил", "уточнила", "уточнили", "пояснил", "пояснила", "пояснили", "подчеркивает", "подчёркивает",
        "подчеркивают", "подчёркивают", "отмечает", "отмечают", "предупредил", "предупредила", "предупредили",
        "предупреждает", "предупреждают", "напомнил", "напомнила", "напомнили", "признал", "признала", "признали",
        "считает", "считают", "уверен", "уверена", "подчеркнула", "призвал", "призвала", "призвали", "фиксируют", "фиксирует",
        "зафиксировала", "зафиксировали", "зафиксировало", "зафиксировал", "задокументировала", "задокументировали",
        "уточнило", "пояснило", "напомнило", "предупредило", "признало",
        "объявил", "проинформировал", "информирует", "информируют", "объявляет", "указал", "прокомментировал", "доложил",
        "писал", "сообщал", "заявлял", "отмечал",
    ];

    private static readonly string[] DenialUkRu =
    [
        "спростував", "спростувала", "спростували", "спростувало", "спростовує", "спростовують", "заперечив", "заперечила",
        "заперечили", "заперечують", "опроверг", "опровергла", "опровергли", "опровергло", "опровергает", "отрицает",
        "отрицают", "опровергают",
    ];

    private static readonly string[] SpeakerFollows =
    [
        "according to", "as reported by", "as stated by", "за даними", "за словами", "як повідомляє", "як повідомили в",
        "як повідомили у", "як повідомили", "по данным", "по словам", "как сообщает", "как сообщили в", "как сообщили",
        "згідно з даними", "согласно данным", "як зазначили в", "як зазначили у", "как отметили в", "за інформацією",
        "по информации", "по его словам", "по её словам", "по ее словам", "за його словами", "за її словами",
        "according to him", "according to her", "according to them",
        // an estimate is someone's words too: "по ее оценке", "за його оцінкою", "по их данным", "за їхніми даними"
        "по его оценке", "по её оценке", "по ее оценке", "по их оценке", "по их словам", "по их данным",
        "по его данным", "по ее данным", "по её данным", "за його оцінкою", "за її оцінкою", "за їхньою оцінкою",
        "за їхніми словами", "за їхніми даними", "за його даними", "за її даними", "по оценке", "по оценкам",
        "за оцінкою", "за оцінками", "следует из оценки", "випливає з оцінки", "according to an assessment by",
        "according to an estimate by", "by his estimate", "by her estimate", "by their estimate",
        // an assertion's owner: "по его утверждению", "за його твердженням"; the message a sentence points back to: "Об
        // этом говорится в сообщении Минобороны", "Про це йдеться у повідомленні відомства"
        "по его утверждению", "по ее утверждению", "по её утверждению", "по их утверждению", "по утверждению",
        "за його твердженням", "за її твердженням", "за їхнім твердженням", "за твердженням", "как информирует",
        "як інформує", "говорится в сообщении", "говорится в заявлении", "йдеться у повідомленні", "йдеться в повідомленні",
        "йдеться у заяві", "йдеться в заяві",
    ];

    private static readonly string[] Citing = ["citing", "cited", "quoting", "which quoted", "which cited", "who quoted", "that quoted", "посилаючись на", "з посиланням на", "ссылаясь на", "со ссылкой на"];

    private static readonly string[] PassiveBy =
    [
        "was reported by", "were reported by", "was announced by", "was confirmed by", "were confirmed by",
        "was claimed by", "reported by", "was denied by",
        // "according to a statement posted by the regional police": who posted or issued the statement speaks
        "posted by", "issued by", "released by",
    ];

    public static PhraseIndex<Cue> Build()
    {
        var index = new PhraseIndex<Cue>(stem: false);
        foreach (var p in PassiveBy)
        {
            index.Add(p, new Cue(p, CueKind.PassiveBy, p.Contains("denied", StringComparison.Ordinal)));
        }

        foreach (var p in SpeakerFollows)
        {
            index.Add(p, new Cue(p, CueKind.SpeakerFollows, false));
        }

        foreach (var p in Citing)
        {
            index.Add(p, new Cue(p, CueKind.Citing, false));
        }

        index.Add("quoted by", new Cue("quoted by", CueKind.QuotedBy, false));
        index.Add("cited by", new Cue("cited by", CueKind.QuotedBy, false));
        foreach (var passive in (string[])["was quoted by", "is quoted by", "were quoted by", "was cited by", "were cited by",
            "carried by", "was carried by", "published by"])
        {
            index.Add(passive, new Cue(passive, CueKind.QuotedBy, false));
        }

        foreach (var verb in (string[])["told", "tells", "told reporters", "сказав", "сказала", "сказал", "розповів", "рассказал"])
        {
            index.Add(verb, new Cue(verb, CueKind.Speech, false, Told: true));
        }

        foreach (var p in SpeechEn)
        {
            index.Add(p, new Cue(p, CueKind.Speech, false));
        }

        foreach (var p in WithAllPastForms(SpeechUkRu))
        {
            index.Add(p, new Cue(p, CueKind.Speech, false));
        }

        foreach (var p in DenialEn)
        {
            index.Add(p, new Cue(p, CueKind.Speech, true));
        }

        foreach (var p in WithAllPastForms(DenialUkRu))
        {
            index.Add(p, new Cue(p, CueKind.Speech, true));
        }

        return index;
    }

    /// <summary>
    /// Each Ukrainian and Russian past form with its other genders and numbers: the speaker's grammar decides the
    /// ending, so "заявив" stands for "заявила", "заявили" and "заявило" ("джерело ... розповіло", "відомство
    /// оголосило", "Минобороны ... сообщало") as well. A past form ends in -в or -л (masculine), -ла, -ли or -ло; the
    /// others are made from its stem with both languages' masculine endings (a form that is no word never matches).
    /// Present forms are kept as listed.
    /// </summary>
    internal static IEnumerable<string> WithAllPastForms(IEnumerable<string> forms)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var form in forms)
        {
            if (seen.Add(form))
            {
                yield return form;
            }

            if (PastStem(form) is not { } stem)
            {
                continue;
            }

            foreach (var ending in PastEndings)
            {
                var other = stem + ending;
                if (seen.Add(other))
                {
                    yield return other;
                }
            }
        }
    }

    private static readonly string[] PastEndings = ["в", "л", "ла", "ли", "ло"];

    /// <summary>The stem of a past form ("заяви" of "заявив", "сообщи" of "сообщила"), or null for a present form.</summary>
    private static string? PastStem(string form)
    {
        if (form.Contains(' ', StringComparison.Ordinal) || form.Length < 5)
        {
            return null;
        }

        // a past stem ends in a vowel: "заяви-в", "написа-ла", "підтверди-ли"; "переконаний", "уверен" are no verbs
        static bool VowelBefore(string w, int cut) => "аеиоуяіїыэ".Contains(w[w.Length - cut - 1], StringComparison.Ordinal);
        if ((form.EndsWith("ла", StringComparison.Ordinal) || form.EndsWith("ли", StringComparison.Ordinal)
                || form.EndsWith("ло", StringComparison.Ordinal)) && VowelBefore(form, 2))
        {
            return form[..^2];
        }

        return (form.EndsWith('в') || form.EndsWith('л')) && VowelBefore(form, 1) ? form[..^1] : null;
    }
}
