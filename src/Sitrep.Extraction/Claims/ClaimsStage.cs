using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Claims.Languages;

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
        var builder = new ClaimBuilder(document, ClaimLexicon.Default);
        var channel = OwnChannel(document);
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
                propositions.AddRange(builder.Build(s, sentence.Span, channel, propositions));
                continue;
            }

            foreach (var a in statements)
            {
                var claimant = new Claimant(a.Speaker, a.Side, a.SpeakerType, a.Hedge, a.Verb, a.SpeakerSpan);
                var span = sentence.Span.Contains(a.Span) ? a.Span : sentence.Span;
                propositions.AddRange(builder.Build(s, span, claimant, propositions));
            }
        }

        Contradictions.Link(propositions);
        foreach (var p in propositions)
        {
            document.Claims.Add(p.Claim);
        }
    }

    /// <summary>The claimant behind a document published on a belligerent actor's own channel.</summary>
    private static Claimant? OwnChannel(Document document)
    {
        if (document.Metadata.Outlet is not { } outlet || ActorRegistry.Default.FindByName(outlet) is not { IsOutlet: false } actor)
        {
            return null;
        }

        var side = ActorRegistry.Default.SideOf(actor);
        return side is null ? null : new Claimant(actor.Name, side, actor.Type, null, null, null);
    }
}

/// <summary>Who puts a claim forward, with the hedge and verb of the statement.</summary>
internal sealed record Claimant(string Name, string? Side, SpeakerType Type, string? Hedge, string? Verb, TextSpan? SpeakerSpan);

/// <summary>A claim plus what the contradiction check needs: whose control it is about and whether it affirms it.</summary>
internal sealed record Proposition(Claim Claim, string? Controller, bool Affirms);
