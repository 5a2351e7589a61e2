using System.Text;
using AngleSharp.Dom;

namespace Sitrep.Ingest.Html;

/// <summary>Turns an HTML subtree into paragraphs of plain text: one per block element, whitespace collapsed.</summary>
internal static class HtmlParagraphs
{
    /// <summary>A hard break (&lt;br&gt;, end of a block) while collecting text; newlines in the markup are only whitespace.</summary>
    private const char Break = '\u2029';

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dt", "dd", "figcaption", "td", "th", "caption",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select", "svg",
        "iframe", "figure", "video", "audio", "object", "canvas", "head", "menu",
    };

    public static List<string> From(IElement root)
    {
        var paragraphs = new List<string>();
        Walk(root, paragraphs);
        return paragraphs;
    }

    /// <summary>Collapses whitespace; a non-breaking space counts as a space.</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static void Walk(IElement element, List<string> paragraphs)
    {
        var inline = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IElement child)
            {
                if (Skipped.Contains(child.LocalName))
                {
                    continue;
                }

                if (Blocks.Contains(child.LocalName) || !HasBlock(child))
                {
                    if (Blocks.Contains(child.LocalName) || IsBlockContainer(child.LocalName))
                    {
                        Flush(inline, paragraphs);
                        AppendText(child, inline);
                        Flush(inline, paragraphs);
                    }
                    else
                    {
                        AppendText(child, inline);
                    }

                    continue;
                }

                Flush(inline, paragraphs);
                Walk(child, paragraphs);
            }
            else if (node.NodeType == NodeType.Text)
            {
                inline.Append(node.TextContent);
            }
        }

        Flush(inline, paragraphs);
    }

    /// <summary>The text of a subtree with &lt;br&gt; as a line break and scripts, styles and buttons left out.</summary>
    private static void AppendText(INode node, StringBuilder sb)
    {
        if (node is IElement e)
        {
            if (e.LocalName == "br")
            {
                sb.Append(Break);
                return;
            }

            if (Skipped.Contains(e.LocalName))
            {
                return;
            }

            foreach (var child in e.ChildNodes)
            {
                AppendText(child, sb);
            }

            if (Blocks.Contains(e.LocalName))
            {
                sb.Append(Break);
            }
        }
        else if (node.NodeType == NodeType.Text)
        {
            sb.Append(node.TextContent);
        }
    }

    private static bool IsBlockContainer(string name) =>
        name is "div" or "section" or "article" or "main" or "ul" or "ol" or "table" or "tr" or "tbody" or "dl" or "body";

    private static bool HasBlock(IElement element)
    {
        foreach (var d in element.Descendants<IElement>())
        {
            if (Blocks.Contains(d.LocalName) || IsBlockContainer(d.LocalName))
            {
                return true;
            }
        }

        return false;
    }

    private static void Flush(StringBuilder inline, List<string> paragraphs)
    {
        foreach (var part in inline.ToString().Split(Break))
        {
            Add(part, paragraphs);
        }

        inline.Clear();
    }

    private static void Add(string text, List<string> paragraphs)
    {
        var normalized = Normalize(text);
        if (normalized.Length > 0)
        {
            paragraphs.Add(normalized);
        }
    }
}
