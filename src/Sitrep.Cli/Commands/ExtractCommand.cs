using System.CommandLine;
using Sitrep.Core.Contract;
using Sitrep.Core.Errors;
using Sitrep.Extraction;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep extract [FILE|-]</c>: analyse one document and print one JSON object; stores nothing.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("file") { Description = "A plain text, HTML or feed file, or - for standard input", DefaultValueFactory = _ => "-" };
        var published = new Option<string?>("--published") { Description = "Publication date (YYYY-MM-DD); overrides what the document says" };
        var url = new Option<string?>("--url") { Description = "The document's URL" };
        var outlet = new Option<string?>("--outlet") { Description = "The outlet that published it" };
        var lang = new Option<string?>("--lang") { Description = "Language: en, uk or ru (default: detected)" };
        lang.AcceptOnlyFromAmong("en", "uk", "ru");

        var command = new Command("extract", "Analyse one document and print its places, times, quantities, attributions, claims and events as JSON")
        {
            file, published, url, outlet, lang,
        };
        command.SetAction(async (parse, ct) =>
        {
            var options = new ReaderOptions
            {
                Published = CommonOptions.ParseDate(parse.GetValue(published), "--published"),
                Url = parse.GetValue(url),
                Outlet = parse.GetValue(outlet),
                Language = parse.GetValue(lang),
            };
            var read = await DocumentReader.ReadOneAsync(parse.GetValue(file)!, options, ct);
            if (!read.IsSuccess)
            {
                throw new SitrepException(read.Error!);
            }

            var document = SitrepPipeline.Default.Process(read.Value!, ct);
            await env.Out.WriteLineAsync(SitrepJson.Serialize(ExtractOutputMapper.Map(document)));
            return 0;
        });
        return command;
    }
}
