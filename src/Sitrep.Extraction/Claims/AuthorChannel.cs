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
        if (document.Metadata.Outlet is not null)
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

            russian += StartsWithAny(word, RussianSideStems) ? 1 : 0;
            ukrainian += StartsWithAny(word, UkrainianSideStems) ? 1 : 0;
        }

        if (firstPerson < MinFirstPerson || russian == ukrainian)
        {
            return null;
        }

        return new Claimant(Name, russian > ukrainian ? "RU" : "UA", SpeakerType.Person, null, null, null);
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
