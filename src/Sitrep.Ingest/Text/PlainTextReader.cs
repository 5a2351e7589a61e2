using System.Text;
using Sitrep.Core.Documents;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Text;

/// <summary>
/// Reads plain text, including text copied from a web page with its chrome: keeps the story lines, and finds the
/// title (first story line), the outlet, the author, a date line and a wire dateline.
/// </summary>
internal static class PlainTextReader
{
    private const int MaxTitleLength = 200;

    public static (string Text, DocumentMetadata Metadata) Read(string raw)
    {
        var lines = raw.ReplaceLineEndings("\n").Split('\n');
        var facebook = FacebookMarkers.LooksLikeFacebook(lines);
        var kept = new StringBuilder(raw.Length);
        string? title = null, outlet = null, author = null, medium = null;
        var lineNumber = 0;
        DateOnly? published = null, updated = null;
        var blank = false;
        foreach (var rawLine in lines)
        {
            var line = rawLine.TrimEnd();
            if (line.Trim().Length == 0)
            {
                blank = kept.Length > 0;
                continue;
            }

            lineNumber++;
            if (lineNumber <= 4 && MetadataLines.HeaderLine(line) is { } header)
            {
                published ??= header.Date;
                medium ??= header.Medium is { Length: > 0 } m ? m : null;
                if (header.Outlet is not null && !kept.ToString().Contains(header.Outlet, StringComparison.Ordinal))
                {
                    outlet ??= header.Outlet;
                }
                else if (header.Outlet is null && title is { Length: > 0 } && kept.ToString() == title)
                {
                    // "Kharkiv Regional Military Administration" above "Telegram | 22.11.2025": the channel, not a headline
                    outlet ??= title;
                    title = null;
                    kept.Clear();
                }

                continue;
            }

            if (lineNumber <= 4 && title is null && MetadataLines.PageToolsLine(line) is { } pageOutlet)
            {
                outlet ??= pageOutlet;
                continue;
            }

            if (lineNumber == 1 && outlet is null && MetadataLines.Masthead(line) is { } masthead)
            {
                outlet = masthead;
                continue;
            }

            if (lineNumber <= 4 && published is null && MetadataLines.AsOfDate(line) is { } asOf)
            {
                published = asOf;
            }

            if (lineNumber == 2 && outlet is null && title is { Length: > 0 } named && kept.ToString() == named
                && MetadataLines.ChannelNameLine(named) is { } channel && MetadataLines.DateLine(line, out _) is not null)
            {
                // "Пограничье | сводки и новости" above "05.06.2026": a channel's name line, not a headline
                outlet = channel;
                title = null;
                kept.Clear();
            }

            if (IsMetadata(line, ref outlet, ref author, ref published, ref updated) || ChromeLines.IsChrome(line)
                || (facebook && FacebookMarkers.IsChrome(line)))
            {
                continue;
            }

            if (facebook && title is null && line.Trim().Length <= 120)
            {
                // the first line of a copied post is the page or person that posted it
                title = "";
                outlet ??= line.Trim();
                continue;
            }

            title ??= IsTitle(line.Trim()) ? line.Trim() : "";
            kept.Append(blank ? "\n\n" : kept.Length > 0 ? "\n" : "").Append(line.Trim());
            blank = false;
        }

        var text = kept.ToString();
        var metadata = new DocumentMetadata
        {
            Title = title is { Length: > 0 } && !facebook ? title : null,
            Outlet = outlet,
            Author = author,
            Medium = facebook ? "facebook" : medium,
        };
        var date = published ?? updated;
        return (text, WithDate(metadata, text, date, date?.Year ?? DateText.CopyrightYear(raw)));
    }

    /// <summary>
    /// Dates a text: a dateline wins over a date line; a dateline without a year takes it from the date line or
    /// a copyright year, else stays undated. The dateline's agency names the outlet when nothing else did.
    /// </summary>
    public static DocumentMetadata WithDate(DocumentMetadata metadata, string text, DateOnly? dateLine, int? yearHint = null)
    {
        var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (Dateline.FindIn(paragraphs) is { } dateline)
        {
            metadata = metadata with { Outlet = metadata.Outlet ?? AgencyOutlet(dateline.Agency) };
            var resolved = dateLine is { } near ? dateline.ResolveNear(near) : dateline.Resolve(yearHint);
            if (resolved is { } date)
            {
                return metadata with { Published = date, PublishedFrom = PublishedSource.Dateline };
            }
        }

        return dateLine is { } d ? metadata with { Published = d, PublishedFrom = PublishedSource.Text } : metadata;
    }

    /// <summary>A headline is short, does not end like a sentence and does not open with a dateline.</summary>
    private static bool IsTitle(string line) =>
        line.Length <= MaxTitleLength && !line.EndsWith('.') && Dateline.Match(line) is null;

    private static string? AgencyOutlet(string? agency) =>
        agency is null ? null : KnownOutlets.Match(agency) ?? agency;

    private static bool IsMetadata(string line, ref string? outlet, ref string? author, ref DateOnly? published, ref DateOnly? updated)
    {
        if (MetadataLines.DateLine(line, out var isUpdate) is { } date)
        {
            if (isUpdate)
            {
                updated ??= date;
            }
            else
            {
                published ??= date;
            }

            return true;
        }

        if (MetadataLines.Author(line) is { } name)
        {
            author ??= name;
            return true;
        }

        if (MetadataLines.Outlet(line) is { } found)
        {
            outlet ??= found;
            return true;
        }

        return false;
    }
}
