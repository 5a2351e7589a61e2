using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Actors;

/// <summary>
/// The actor registry (data/actors/registry.tsv, embedded): names and aliases in English, Ukrainian and Russian
/// with type, side and parent. Lookups are hashed over token windows; build once and share (thread-safe to read).
/// </summary>
public sealed class ActorRegistry
{
    private const string ResourceName = "Sitrep.Extraction.Actors.registry.tsv";
    private static readonly Lazy<ActorRegistry> Shared = new(() => Parse(ReadResource()));
    private readonly PhraseIndex<Actor> _aliases = new();
    private readonly Dictionary<string, Actor> _byId = new(StringComparer.Ordinal);

    private ActorRegistry()
    {
    }

    /// <summary>The registry shipped with Sitrep.</summary>
    public static ActorRegistry Default => Shared.Value;

    public int Count => _byId.Count;

    public Actor? this[string id] => _byId.GetValueOrDefault(id);

    /// <summary>
    /// The name <see cref="FindByName"/> was last asked about on this thread, by this registry, and its answer: the
    /// attribution, claims and events stages each ask about the same document's outlet (the same string), and the
    /// registry does not change once read.
    /// </summary>
    [ThreadStatic]
    private static (ActorRegistry? Registry, string? Name, Actor? Actor) t_lastName;

    /// <summary>Finds the actor whose alias is the exact text (case-insensitive), e.g. a document's outlet name.</summary>
    public Actor? FindByName(string name)
    {
        var last = t_lastName;
        if (ReferenceEquals(last.Name, name) && ReferenceEquals(last.Registry, this))
        {
            return last.Actor;
        }

        var actor = Lookup(name);
        t_lastName = (this, name, actor);
        return actor;
    }

    private Actor? Lookup(string name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var tokens = new List<Token>();
        var buffer = new List<(TextSpan Span, TokenKind Kind)>();
        Tokenizer.Tokenize(name, 0, buffer);
        foreach (var (span, kind) in buffer)
        {
            tokens.Add(new Token(span, kind, 0));
        }

        var first = 0;
        if (tokens.Count > 1 && name.AsSpan(tokens[0].Start, tokens[0].End - tokens[0].Start).Equals("the", StringComparison.OrdinalIgnoreCase))
        {
            first = 1;
        }

        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
        if (tokens.Count > first && _aliases.TryMatch(name, all, first, tokens.Count, out var count, out var actor) && first + count == tokens.Count)
        {
            return actor;
        }

        // "head of the Kyiv city military administration", "spokesperson for Ukraine's Eastern group of forces": an
        // office of a body in the registry names the body it speaks for
        var link = first + 1;
        if (link + 1 < tokens.Count && Offices.Contains(name[tokens[first].Start..tokens[first].End])
            && name.AsSpan(tokens[link].Start, tokens[link].End - tokens[link].Start) is "of" or "for")
        {
            var body = link + 1;
            if (body + 1 < tokens.Count && name.AsSpan(tokens[body].Start, tokens[body].End - tokens[body].Start).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                body++;
            }

            if (_aliases.TryMatch(name, all, body, tokens.Count, out var rest, out var office) && body + rest == tokens.Count && office.Type != SpeakerType.Person)
            {
                return office;
            }
        }

        return null;
    }

    private static readonly HashSet<string> Offices = new(StringComparer.OrdinalIgnoreCase)
    {
        "head", "chief", "spokesperson", "spokesman", "spokeswoman", "governor", "commander", "secretary",
    };

    /// <summary>
    /// The actor a name line opens with, and the text after it: "93 ОМБр «Холодний Яр»" gives the 93rd Brigade
    /// and " «Холодний Яр»". A leading "the" is skipped; <paramref name="skipFirst"/> also skips one word before it.
    /// </summary>
    public Actor? FindAtStart(string name, bool skipFirst, out string rest)
    {
        rest = string.Empty;
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var buffer = new List<(TextSpan Span, TokenKind Kind)>();
        Tokenizer.Tokenize(name, 0, buffer);
        var tokens = buffer.ConvertAll(b => new Token(b.Span, b.Kind, 0)).ToArray();
        for (var first = 0; first < Math.Min(tokens.Length, skipFirst ? 2 : 1); first++)
        {
            var at = first;
            if (at + 1 < tokens.Length && name.AsSpan(tokens[at].Start, tokens[at].End - tokens[at].Start).Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                at++;
            }

            if (_aliases.TryMatch(name, tokens, at, tokens.Length, out var count, out var actor))
            {
                rest = name[tokens[at + count - 1].End..];
                return actor;
            }
        }

        return null;
    }

    /// <summary>All registry actors named in tokens [from, to), longest alias first, left to right.</summary>
    internal List<PhraseMatch<Actor>> FindAll(string text, ReadOnlySpan<Token> tokens, int from, int to) =>
        _aliases.FindAll(text, tokens, from, to);

    /// <summary>The side of an actor, inherited from its parent chain when the entry has none.</summary>
    public string? SideOf(Actor actor)
    {
        var current = actor;
        for (var depth = 0; depth < 8 && current is not null; depth++)
        {
            if (current.Side is not null)
            {
                return current.Side;
            }

            current = current.ParentId is { } parent ? this[parent] : null;
        }

        return null;
    }

    /// <summary>Case endings of a Ukrainian or Russian ordinal written with digits ("47-ма", "47-ї", "3-й", "3-го").</summary>
    private static readonly string[] OrdinalEndings =
        ["ма", "а", "ї", "й", "го", "му", "ою", "ої", "я", "ой", "ю", "ая", "ий", "ого", "ому"];

    /// <summary>
    /// "47-ма окрем механізован бригад" written in the registry is also "47-ї окремої механізованої бригади" and "47-й ...",
    /// "3-й армейск корпус" also "3-го армейского корпуса": the other case endings of a leading ordinal (the words after
    /// it are compared by their stems already).
    /// </summary>
    private static IEnumerable<string> OrdinalForms(string alias)
    {
        var dash = alias.IndexOf('-');
        var space = alias.IndexOf(' ');
        if (dash < 1 || space < dash + 2 || alias.AsSpan(0, dash).IndexOfAnyExceptInRange('0', '9') >= 0)
        {
            yield break;
        }

        var ending = alias[(dash + 1)..space];
        if (Array.IndexOf(OrdinalEndings, ending) < 0)
        {
            yield break;
        }

        foreach (var other in OrdinalEndings)
        {
            if (other != ending)
            {
                yield return string.Concat(alias.AsSpan(0, dash + 1), other, alias.AsSpan(space));
            }
        }
    }

    /// <summary>Parses registry text (tab-separated, '#' comments, one header line).</summary>
    public static ActorRegistry Parse(string tsv)
    {
        var registry = new ActorRegistry();
        var forms = new List<(string Form, Actor Actor)>();
        var header = true;
        foreach (var rawLine in tsv.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (header)
            {
                header = false;
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length < 6)
            {
                throw new FormatException($"actor registry line '{line}' has {cells.Length} cells, expected 6");
            }

            var actor = new Actor(cells[0], cells[1], ParseType(cells[2]), Dash(cells[3]), Dash(cells[4]));
            registry._byId.Add(actor.Id, actor);
            registry._aliases.Add(actor.Name, actor);
            foreach (var alias in cells[5].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                registry._aliases.Add(alias, actor);
                foreach (var form in OrdinalForms(alias))
                {
                    forms.Add((form, actor));
                }
            }
        }

        // the ordinals' other case endings after every written alias: the index keeps the first value of a phrase, so a
        // form written in the registry for one unit is never taken by another unit's derived form
        foreach (var (form, actor) in forms)
        {
            registry._aliases.Add(form, actor);
        }

        return registry;
    }

    private static string? Dash(string cell) => cell is "-" or "" ? null : cell;

    private static SpeakerType ParseType(string type) => type switch
    {
        "person" => SpeakerType.Person,
        "military_unit" => SpeakerType.MilitaryUnit,
        "government" => SpeakerType.Government,
        "agency" => SpeakerType.Agency,
        "media" => SpeakerType.Media,
        _ => throw new FormatException($"actor registry: unknown type '{type}'"),
    };

    private static string ReadResource()
    {
        using var stream = typeof(ActorRegistry).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
