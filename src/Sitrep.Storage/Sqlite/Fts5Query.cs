using System.Text;

namespace Sitrep.Storage.Sqlite;

/// <summary>
/// Turns a web-search style query (words, "phrases", or, -exclusions) into FTS5 syntax with every term quoted,
/// so user input can never be an FTS5 syntax error.
/// </summary>
internal static class Fts5Query
{
    public static string? From(string query)
    {
        var positive = new List<string>();
        var negative = new List<string>();
        var orNext = false;
        foreach (var (term, phrase, excluded) in Terms(query))
        {
            if (!phrase && !excluded && term.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                orNext = positive.Count > 0;
                continue;
            }

            var quoted = "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            if (excluded)
            {
                negative.Add(quoted);
            }
            else if (orNext)
            {
                positive[^1] = positive[^1] + " OR " + quoted;
                orNext = false;
            }
            else
            {
                positive.Add(quoted);
            }
        }

        if (positive.Count == 0)
        {
            return null;
        }

        var sb = new StringBuilder();
        sb.AppendJoin(" AND ", positive.Select(p => "(" + p + ")"));
        foreach (var n in negative)
        {
            sb.Append(" NOT ").Append(n);
        }

        return sb.ToString();
    }

    private static IEnumerable<(string Term, bool Phrase, bool Excluded)> Terms(string query)
    {
        var i = 0;
        while (i < query.Length)
        {
            if (char.IsWhiteSpace(query[i]))
            {
                i++;
                continue;
            }

            var excluded = query[i] == '-';
            if (excluded)
            {
                i++;
            }

            if (i < query.Length && query[i] == '"')
            {
                var end = query.IndexOf('"', i + 1);
                end = end < 0 ? query.Length : end;
                var phrase = query[(i + 1)..end].Trim();
                i = end + 1;
                if (phrase.Length > 0)
                {
                    yield return (phrase, true, excluded);
                }

                continue;
            }

            var start = i;
            while (i < query.Length && !char.IsWhiteSpace(query[i]))
            {
                i++;
            }

            var word = query[start..i].Trim('"');
            if (word.Length > 0)
            {
                yield return (word, false, excluded);
            }
        }
    }
}
