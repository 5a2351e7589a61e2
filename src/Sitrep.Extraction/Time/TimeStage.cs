using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Time;

/// <summary>
/// Finds temporal expressions (English, Ukrainian, Russian) and resolves them against the publication date into
/// inclusive intervals with a precision. Relative expressions in a document without a publication date are kept
/// unresolved; they are never guessed. Rules and examples: docs/time.md.
/// </summary>
public sealed class TimeStage : IStage
{
    public string Name => "time";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Tokens];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Times];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Times.Clear(); // running the stage again gives the same list
        var matcher = TimeMatcher.Default;
        var candidates = new List<TimeCandidate>();
        var published = document.Metadata.Published;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            candidates.Clear();
            matcher.FindAll(document, sentence, published, candidates);
            var tokens = document.TokensOf(sentence);
            foreach (var c in candidates)
            {
                var value = c.Value;
                if (c.Anaphora == TimeAnaphora.ReportingPeriod)
                {
                    // "During the reporting period": the stretch of days the report named first ("1-7 June 2026")
                    var period = document.Times.Find(static t => t.From is { } f && t.To is { } e && e > f && e.DayNumber - f.DayNumber <= MaxReportingDays);
                    if (period is null)
                    {
                        continue;
                    }

                    value = value with { From = period.From, To = period.To };
                }
                else if (c.Anaphora != TimeAnaphora.None)
                {
                    // "the same day" / "during the night": the previous expression that names one day
                    var previous = document.Times.FindLast(t => t.From is { } f && t.To == f);
                    if (previous?.From is { } day)
                    {
                        value = c.Anaphora switch
                        {
                            TimeAnaphora.SameDay => value with { From = day, To = day },
                            TimeAnaphora.NextNight => value with { From = day, To = day.AddDays(1) }, // "на следующую ночь": into the next day
                            TimeAnaphora.DaysLater => value with { From = day.AddDays(Offset(value)), To = day.AddDays(Offset(value)) },
                            _ => value with { From = day.AddDays(-1), To = day },
                        };
                    }
                    else if (c.Anaphora is TimeAnaphora.SameDay or TimeAnaphora.NextNight or TimeAnaphora.DaysLater)
                    {
                        continue; // nothing to refer to
                    }
                }

                var span = new TextSpan(tokens[c.SpanFirst].Start, tokens[c.End - 1].End);
                document.Times.Add(new TimeMention
                {
                    Span = span,
                    Text = document.Slice(span),
                    From = value.From,
                    To = value.To,
                    Precision = value.Precision,
                    Relative = value.Relative,
                });
            }
        }

        document.Times.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>The longest stretch a reporting period is taken from (a month).</summary>
    private const int MaxReportingDays = 31;

    /// <summary>The count of days of <see cref="TimeRules.DaysLater"/>, carried as days after <see cref="DateOnly.MinValue"/>.</summary>
    private static int Offset(TimeValue value) => value.From is { } f ? f.DayNumber - DateOnly.MinValue.DayNumber : 1;
}
