using Sitrep.Core.Text;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

public sealed class EvidenceCuesTests
{
    private const string Story =
        "Shelling hit the eastern outskirts of Kupiansk at dawn. In the evening drones struck the northern part. "
        + "Вранці окупанти атакували південну околицю Покровська. Увечері бої тривали на заході міста. "
        + "Ночью враг обстрелял восточную часть Херсона. Утром Southern Defence Forces reported two wounded. "
        + "Fighting continued near Toretsk. The strike came overnight. \"At daybreak, the western district burned\", a resident said. "
        + "Ранком ворог вдарив по Сумах";

    [Theory]
    [InlineData("Shelling hit the eastern outskirts of Kupiansk at dawn. In the evening drones struck the northern part.")]
    [InlineData("Вранці окупанти атакували південну околицю Покровська. Увечері бої тривали на заході міста.")]
    [InlineData("Ночью враг обстрелял восточную часть Херсона. Утром Southern Defence Forces reported two wounded.")]
    [InlineData("Fighting continued near Toretsk.")]
    [InlineData("The strike came overnight. \"At daybreak, the western district burned\", a resident said.")]
    [InlineData("Headline without a stop\nWest of the town the shelling went on")]
    public void Cues_EvidenceSentences_SameAsCuesOfTheJoinedText(string text)
    {
        var doc = Docs.Text(text);
        var evidence = doc.Sentences.ConvertAll(s => s.Span);
        evidence.Reverse(); // evidence is not always in text order (a state of the front is put first)
        var draft = Draft(evidence);

        Assert.Equal(Joined(text, evidence), draft.Cues(text));
    }

    [Fact]
    public void Cues_EvidenceAddedBetweenQuestions_SameAsReadingItAllAgain()
    {
        var doc = Docs.Text(Story);
        var spans = doc.Sentences.ConvertAll(s => s.Span);
        var draft = Draft([spans[0]]);
        Assert.Equal(Joined(Story, draft.Evidence), draft.Cues(Story));

        // pieces added one and two at a time, asked in between, as merging adds them
        for (var k = 1; k < spans.Count; k += k % 2 == 0 ? 1 : 2)
        {
            draft.Evidence.Add(spans[k]);
            if (k + 1 < spans.Count && k % 2 == 1)
            {
                draft.Evidence.Add(spans[k + 1]);
            }

            Assert.Equal(Joined(Story, draft.Evidence), draft.Cues(Story));
        }

        // a state of the front put first: all of it read again
        draft.Evidence.Insert(0, spans[^1]);
        Assert.Equal(Joined(Story, draft.Evidence), draft.Cues(Story));
    }

    [Fact]
    public void Cues_NoEvidence_NamesNothing()
    {
        var cues = Draft([]).Cues("Kyiv was quiet.");

        Assert.Equal(0, cues.DayParts);
        Assert.Equal(0, cues.Sides);
    }

    [Fact]
    public void Conflict_OfScans_SameAsConflictOfTheSets()
    {
        var doc = Docs.Text(Story);
        var texts = doc.Sentences.ConvertAll(s => Story[s.Span.Start..s.Span.End]);
        texts.Add("At dawn and at noon the northern and eastern districts were hit.");
        texts.Add("Вночі та вранці");
        texts.Add("ввечері на півдні");
        var apart = 0;
        foreach (var a in texts)
        {
            foreach (var b in texts)
            {
                var sets = EvidenceCues.Conflict(EvidenceCues.Of(a), EvidenceCues.Of(b)) is not null;
                Assert.Equal(sets, EvidenceCues.Conflict(EvidenceCues.Scan(a, EvidenceCues.Start), EvidenceCues.Scan(b, EvidenceCues.Start)));
                apart += sets ? 1 : 0;
            }
        }

        Assert.True(apart > 10, $"only {apart} pairs told apart: the sentences should name parts of the day and sides");
    }

    private static EventDraft Draft(List<TextSpan> evidence)
    {
        var draft = new EventDraft { Subtype = "armed_clash", Sentence = 0, Paragraph = 0, Trigger = "attack" };
        draft.Evidence.AddRange(evidence);
        return draft;
    }

    /// <summary>What the joined evidence reads, as one string (what the stage once joined).</summary>
    private static EvidenceCues.ScanState Joined(string text, List<TextSpan> evidence)
    {
        var joined = string.Join(' ', evidence.Select(e => text[e.Start..e.End]));
        var state = EvidenceCues.Scan(joined, EvidenceCues.Start);
        var sets = EvidenceCues.Of(joined);
        // the bits are the sets' members
        Assert.Equal(sets.DayParts.Count, System.Numerics.BitOperations.PopCount((uint)state.DayParts));
        Assert.Equal(sets.Sides.Count, System.Numerics.BitOperations.PopCount((uint)state.Sides));
        return state;
    }
}
