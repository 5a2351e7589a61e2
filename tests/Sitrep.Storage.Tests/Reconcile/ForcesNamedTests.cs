using Sitrep.Reconcile.Claims;

namespace Sitrep.Storage.Tests.Reconcile;

public sealed class ForcesNamedTests
{
    [Theory]
    [InlineData("The brigade said Russian units control the outskirts of the village.", "RU")]
    [InlineData("Moscow claimed its forces had liberated the village from Ukrainian troops.", null)]
    [InlineData("The ministry said the village was liberated from UKRAINIAN TROOPS after Russian forces advanced.", "RU")]
    [InlineData("Командування повідомило, що ЗСУ утримують позиції біля села.", "UA")]
    [InlineData("По словам губернатора, российские войска заняли окраину, а украинские подразделения отошли.", "RU")]
    [InlineData("Our units hold the northern part of the town, the spokesman said.", null)]
    [InlineData("Russian troops entered the town hours after Ukrainian forces withdrew.", "RU")]
    [InlineData("Troops are fighting in the town, the governor said.", null)]
    public void In_ClaimTexts_TheSideWhoseForcesAreNamedFirst(string text, string? expected)
    {
        Assert.Equal(expected, ForcesNamed.In(text));
    }

    private static readonly string[] Words =
    [
        "russian troops", "RUSSIAN FORCES", "Russia's Troops", "occupiers", "invaders", "російські війська", "ОКУПАНТИ", "росіяни",
        "Российские Войска", "вс рф", "ukrainian units", "Ukraine's forces", "ЗСУ", "всу", "сили оборони", "украинские военные",
        "our", "Our ", "its forces", "наші", "НАШИ ", "from", "of", "від", "от", "the", "village", "liberated", "İstanbul", "ǅ",
        "\u212A", "ß", "ﬁ", "occupiersville", "xrussian troops", "зсуш", "units", "troops", "forces",
    ];

    private static readonly string[] Gaps = [" ", ", ", ". ", "-", "", "\n", " «", "» ", "'", "’"];

    [Fact]
    public void In_RandomTexts_SameSideAsSearchingIgnoringCase()
    {
        var random = new Random(26112026);
        for (var round = 0; round < 20_000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 14)).Select(_ => Words[random.Next(Words.Length)] + Gaps[random.Next(Gaps.Length)]));
            Assert.Equal(Plain.In(text), ForcesNamed.In(text));
        }
    }

    /// <summary>The search as it was: each phrase looked for in the text ignoring case.</summary>
    private static class Plain
    {
        private static readonly string[] Russian =
        [
            "russian troops", "russian forces", "russian units", "russian army", "russian soldiers", "russia's forces",
            "russia's troops", "occupying forces", "occupiers", "invaders", "російські війська", "російські підрозділи",
            "російські військові", "окупанти", "росіяни", "российские войска", "российские подразделения",
            "российские военные", "вс рф", "войска рф",
        ];

        private static readonly string[] Ukrainian =
        [
            "ukrainian troops", "ukrainian forces", "ukrainian units", "ukrainian army", "ukrainian soldiers",
            "ukraine's forces", "ukraine's troops", "українські війська", "українські підрозділи", "українські військові",
            "сили оборони", "зсу", "всу", "украинские войска", "украинские подразделения", "украинские военные",
        ];

        private static readonly string[] Own = ["our ", "its forces", "its troops", "its units", "its fighters", "наші", "наших", "наши ", "нашими"];

        private static readonly string[] DrivenOut = ["from ", "of ", "від ", "от "];

        public static string? In(string text)
        {
            if (string.IsNullOrEmpty(text) || text.Length > 2000 || Array.Exists(Own, o => text.Contains(o, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            var (russian, ukrainian) = (FirstNamed(text, Russian), FirstNamed(text, Ukrainian));
            return russian == ukrainian ? null : (uint)russian < (uint)ukrainian ? "RU" : "UA";
        }

        private static int FirstNamed(string text, string[] phrases)
        {
            var first = -1;
            foreach (var phrase in phrases)
            {
                for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0;
                     at = text.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
                {
                    var wordStart = at == 0 || !char.IsLetter(text[at - 1]);
                    var wordEnd = at + phrase.Length >= text.Length || !char.IsLetter(text[at + phrase.Length]) || phrase.EndsWith(' ');
                    if (wordStart && wordEnd && !Array.Exists(DrivenOut, d =>
                            at >= d.Length && string.Compare(text, at - d.Length, d, 0, d.Length, StringComparison.OrdinalIgnoreCase) == 0))
                    {
                        first = first < 0 ? at : Math.Min(first, at);
                        break;
                    }
                }
            }

            return first;
        }
    }
}
