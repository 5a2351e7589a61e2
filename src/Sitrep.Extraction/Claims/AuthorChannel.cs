using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// A post with no outlet and no body's heading, written in the first person of one side's forces ("наши штурмовики
/// продвинулись", "our fighters held the line"): its author's own channel, a milblogger's or a soldier's. Its side is
/// read from how it names the two sides: "ВСУ", "освобождение", "#СВО" are the Russian side's words, "окупанти",
/// "рашисти", "ворог" the Ukrainian side's; with no clear majority it is nobody's channel.
/// </summary>
internal static class AuthorChannel
{
    public const string Name = "author of the post";

    /// <summary>First-person plural words needed, outside quotations, before a post counts as written from the ranks.</summary>
    private const int MinFirstPerson = 2;

    private static readonly WordSet FirstPerson = new(
    [
        "our", "наши", "наших", "нашим", "нашими", "нашей", "наша", "наш", "наші", "нашої", "нашому",
    ]);

    /// <summary>
    /// First-person singular possessives ("по моим данным", "за моїми даними"): outside quotations in a post with no
    /// byline, the author speaking of their own sources, which one word is enough to tell. English "my" is left out: a
    /// news story quotes people in the first person without quotation marks often enough.
    /// </summary>
    private static readonly WordSet FirstPersonSingular = new(
    [
        "мой", "моим", "моих", "моей", "мои", "моего", "моему", "моими", "мій", "моїм", "моїх", "моєї", "мої", "моїми", "мого",
    ]);

    /// <summary>The media of a channel's own posts (the document's medium).</summary>
    private static readonly HashSet<string> SocialMedia = new(StringComparer.OrdinalIgnoreCase) { "telegram", "facebook", "vk", "x" };

    private static readonly string[] RussianSideStems =
    [
        "всу", "вэсэу", "сво", "освобожд", "освободи", "укронацист", "хохл", "бандеровц", "нацбат", "afu", "banderite",
    ];

    private static readonly string[] UkrainianSideStems =
    [
        "окупант", "оккупант", "рашист", "русня", "москал", "кацап", "ворог", "орки", "орків", "occupier", "orcs", "invader", "ruscist",
    ];

    public static Claimant? Of(Document document)
    {
        // a channel's post ("Донбасский фронтовик" above "Telegram · 31.03.2026") has its channel as outlet; a news site's
        // story has its outlet too, and is never its author's own channel
        if (document.Metadata.Outlet is not null && !SocialMedia.Contains(document.Metadata.Medium ?? ""))
        {
            return null;
        }

        var text = document.Text;
        int firstPerson = 0, russian = 0, ukrainian = 0;
        var quoted = false;
        foreach (var token in document.Tokens)
        {
            var word = text.AsSpan(token.Start, token.End - token.Start);
            if (token.Kind != TokenKind.Word)
            {
                quoted ^= word is "\"" or "\u201C" or "\u201D" or "\u00AB" or "\u00BB";
                continue;
            }

            if (quoted)
            {
                continue;
            }

            if (FirstPerson.Contains(word))
            {
                firstPerson++;
            }
            else if (FirstPersonSingular.Contains(word))
            {
                firstPerson += MinFirstPerson; // "по моим данным", "моих источников": the author's own voice
            }

            russian += StartsWithAny(word, RussianSideStems) ? 1 : 0;
            ukrainian += StartsWithAny(word, UkrainianSideStems) ? 1 : 0;
        }

        if (firstPerson < MinFirstPerson || russian == ukrainian)
        {
            return null;
        }

        return new Claimant(Name, russian > ukrainian ? "RU" : "UA", SpeakerType.Person, null, null, null);
    }

    /// <summary>The side the words between two offsets take, by how they name the two sides (quotations included); null with no majority.</summary>
    public static string? SideOfWords(Document document, int start, int end)
    {
        var text = document.Text;
        int russian = 0, ukrainian = 0;
        foreach (var token in document.Tokens)
        {
            if (token.Start < start || token.End > end || token.Kind != TokenKind.Word)
            {
                continue;
            }

            var word = text.AsSpan(token.Start, token.End - token.Start);
            russian += StartsWithAny(word, RussianSideStems) ? 1 : 0;
            ukrainian += StartsWithAny(word, UkrainianSideStems) ? 1 : 0;
        }

        return russian == ukrainian ? null : russian > ukrainian ? "RU" : "UA";
    }

    private static bool StartsWithAny(ReadOnlySpan<char> word, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase) && (stem.Length > 3 || word.Length == stem.Length))
            {
                return true;
            }
        }

        return false;
    }
}
