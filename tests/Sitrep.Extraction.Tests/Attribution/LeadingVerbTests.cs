using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "A pro-Kremlin blogger went further, claiming that ...": a verb that says nothing itself, then a participle of saying
/// and "that" ("що", "что"): the subject speaks the words after the participle, and the verb makes no statement of its
/// own. The same verb before a participle that says nothing ("went further, reaching the village") is no statement.
/// </summary>
public sealed class LeadingVerbTests
{
    [Theory]
    [InlineData("A pro-Kremlin military blogger went further, claiming that the strikes had also destroyed an ammunition depot near Balakliia.", "the strikes had also destroyed", "RU")]
    [InlineData("Проросійський блогер пішов ще далі, заявивши, що удари також знищили склад боєприпасів біля Балаклії.", "удари також знищили", "RU")]
    [InlineData("Пророссийский блогер пошёл ещё дальше, заявив, что удары также уничтожили склад боеприпасов у Балаклеи.", "удары также уничтожили", "RU")]
    public void Process_VerbThenParticipleOfSaying_TheSubjectSaysTheParticiplesWords(string text, string words, string side)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        var statement = Assert.Single(doc.Attributions);
        Assert.StartsWith(words, doc.Slice(statement.Span));
        Assert.Equal(side, statement.Side);
    }

    [Theory]
    [InlineData("The column went further, reaching the outskirts of the village before dawn.")]
    [InlineData("Колона пішла ще далі, дійшовши до околиці села ще до світанку.")]
    [InlineData("Колонна пошла ещё дальше, дойдя до окраины села ещё до рассвета.")]
    public void Process_VerbThenParticipleOfMoving_IsNoStatement(string text)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.Empty(doc.Attributions);
    }
}
