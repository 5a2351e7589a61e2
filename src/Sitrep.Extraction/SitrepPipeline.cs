using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Quantities;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction;

/// <summary>The default extraction pipeline: text -> places -> time -> quantities -> attribution -> claims -> events.</summary>
public static class SitrepPipeline
{
    private static readonly Lazy<ExtractionPipeline> Shared = new(() => CreateDefault());

    /// <summary>A process-wide default pipeline (reference data is loaded once).</summary>
    public static ExtractionPipeline Default => Shared.Value;

    public static ExtractionPipeline CreateDefault() =>
        new PipelineBuilder()
            .Add(new TextStage())
            .Add(new PlacesStage())
            .Add(new TimeStage())
            .Add(new QuantitiesStage())
            .Add(new AttributionStage())
            .Add(new ClaimsStage())
            .Add(new EventsStage())
            .Build();
}
