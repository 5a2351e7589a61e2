using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Sitrep.Cli.Tests.Support;

/// <summary>Checks every extract output against the repository's JSON Schema and every span against the text.</summary>
internal static class ContractChecks
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(Repo.Path("schema", "extract.schema.json"))));

    public static void AssertValid(string json, string what)
    {
        var node = JsonNode.Parse(json);
        var items = node is JsonArray array ? array.ToList() : [node];
        foreach (var item in items)
        {
            using var doc = JsonDocument.Parse(item!.ToJsonString());
            var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (!result.IsValid)
            {
                var errors = (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                    .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10);
                Assert.Fail($"{what}: output does not match schema/extract.schema.json:\n  " + string.Join("\n  ", errors));
            }

            AssertSpans(doc.RootElement, what);
        }
    }

    /// <summary>Every start/end points at exactly the text it claims.</summary>
    public static void AssertSpans(JsonElement output, string what)
    {
        var text = output.GetProperty("document").GetProperty("text").GetString()!;
        foreach (var list in new[] { "places", "times", "quantities", "attributions", "claims" })
        {
            foreach (var item in output.GetProperty(list).EnumerateArray())
            {
                AssertSpan(text, item, $"{what} {list}");
            }
        }

        foreach (var ev in output.GetProperty("events").EnumerateArray())
        {
            foreach (var evidence in ev.GetProperty("evidence").EnumerateArray())
            {
                AssertSpan(text, evidence, $"{what} event {ev.GetProperty("id").GetString()} evidence");
            }

            foreach (var q in ev.GetProperty("quantities").EnumerateArray())
            {
                AssertSpan(text, q, $"{what} event quantity");
            }
        }
    }

    private static void AssertSpan(string text, JsonElement item, string what)
    {
        var start = item.GetProperty("start").GetInt32();
        var end = item.GetProperty("end").GetInt32();
        Assert.True(start >= 0 && end <= text.Length && start <= end, $"{what}: span [{start}..{end}) outside the text ({text.Length})");
        Assert.Equal(text[start..end], item.GetProperty("text").GetString());
    }
}
