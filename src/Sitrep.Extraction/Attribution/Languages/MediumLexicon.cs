using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution.Languages;

/// <summary>Channels a statement was made on, in English, Ukrainian and Russian, mapped to the contract's medium names.</summary>
internal static class MediumLexicon
{
    private static readonly (string Phrase, string Medium)[] Entries =
    [
        ("telegram", "telegram"), ("телеграм", "telegram"), ("телеграмі", "telegram"), ("телеграм-канал", "telegram"),
        ("телеграм-каналі", "telegram"), ("телеграм-канале", "telegram"), ("телеграмме", "telegram"),
        ("telegram-канал", "telegram"), ("telegram-каналі", "telegram"), ("telegram-канале", "telegram"),
        ("facebook", "facebook"), ("фейсбук", "facebook"), ("фейсбуці", "facebook"), ("фейсбуке", "facebook"),
        ("on x", "x"), ("twitter", "x"), ("в x", "x"), ("у x", "x"),
        ("in a statement", "statement"), ("in a written statement", "statement"), ("in its statement", "statement"),
        ("in a joint statement", "statement"), ("statement", "statement"), ("у заяві", "statement"), ("в заяві", "statement"),
        ("в заявлении", "statement"), ("у повідомленні", "statement"), ("в сообщении", "statement"),
        ("at a briefing", "briefing"), ("briefing", "briefing"), ("press conference", "briefing"), ("брифінгу", "briefing"),
        ("брифинге", "briefing"), ("пресконференції", "briefing"), ("пресс-конференции", "briefing"),
        ("in an interview", "interview"), ("interview", "interview"), ("інтерв'ю", "interview"), ("интервью", "interview"),
        ("in a video", "video"), ("video address", "video"), ("video", "video"), ("відео", "video"), ("видео", "video"),
        ("відеозверненні", "video"), ("видеообращении", "video"),
        ("on its website", "website"), ("on the website", "website"), ("на сайті", "website"), ("на сайте", "website"),
    ];

    public static PhraseIndex<string> Build()
    {
        var index = new PhraseIndex<string>();
        foreach (var (phrase, medium) in Entries)
        {
            index.Add(phrase, medium);
        }

        return index;
    }
}
