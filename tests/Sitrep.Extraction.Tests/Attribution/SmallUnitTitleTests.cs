using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A small unit in the genitive after a one-word title ("— розповів командир роти з позивним «Грім»", "— рассказал
/// командир роты") is part of the speaker's title, as the English "a company commander said" keeps its words. A title
/// with nothing after it stays the bare title. (An English call sign after the title, "a company commander with the call
/// sign Thunder said", is read as the speaker: a known limit.)
/// </summary>
public sealed class SmallUnitTitleTests
{
    [Theory]
    [InlineData("«Ми відбили всі атаки біля Предтечиного», — розповів командир роти з позивним «Грім».", "командир роти")]
    [InlineData("«Мы отбили все атаки у Предтечино», — рассказал командир роты с позывным «Гром».", "командир роты")]
    [InlineData("\"We repelled every attack near Predtechyne,\" a company commander said.", "company commander")]
    public void Process_UnitAfterTheTitle_IsPartOfTheSpeaker(string text, string speaker)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("«Ми відбили всі атаки біля Предтечиного», — розповів командир.", "командир")]
    [InlineData("«Мы отбили все атаки у Предтечино», — рассказал командир.", "командир")]
    [InlineData("\"We repelled every attack near Predtechyne,\" a commander said.", "commander")]
    public void Process_BareTitle_StaysBare(string text, string speaker)
    {
        // twin: no unit after the title
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }
}
