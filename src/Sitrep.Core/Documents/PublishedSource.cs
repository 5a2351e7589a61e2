namespace Sitrep.Core.Documents;

/// <summary>Where a document's publication date came from (contract field <c>publishedFrom</c>).</summary>
public enum PublishedSource
{
    /// <summary>Given by the user (<c>--published</c>).</summary>
    Argument,
    /// <summary>An HTML meta tag such as <c>article:published_time</c>.</summary>
    HtmlMeta,
    /// <summary>JSON-LD <c>datePublished</c>.</summary>
    JsonLd,
    /// <summary>An HTML <c>&lt;time datetime&gt;</c> element.</summary>
    TimeTag,
    /// <summary>A wire-style dateline such as "KYIV, March 3 -".</summary>
    Dateline,
    /// <summary>A line of the text such as "date 2025-12-11" or "Published: 11 December 2025".</summary>
    Text,
    /// <summary>A feed item's <c>pubDate</c>/<c>published</c>/<c>updated</c>.</summary>
    Feed,
    /// <summary>A structured record's own field (JSON Lines <c>published</c>, a Telegram export message date).</summary>
    Record,
}
