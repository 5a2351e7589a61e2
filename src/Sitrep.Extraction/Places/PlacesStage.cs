using System.Buffers;
using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;
using Sitrep.Extraction.Places.Languages;
using Sitrep.Extraction.Places.Matching;
using Sitrep.Extraction.Places.Mentions;
using Sitrep.Extraction.Places.Resolution;

namespace Sitrep.Extraction.Places;

/// <summary>Finds place names and resolves them to gazetteer entries.</summary>
public sealed class PlacesStage : IStage
{
    /// <summary>A name read through a typo ("Ilvoaisk") is less sure than one spelled as a name.</summary>
    private const double TypoConfidence = 0.6;

    private readonly Gazetteer? _gazetteer;

    /// <summary>Uses the gazetteer embedded in this assembly (<see cref="Gazetteer.Default"/>).</summary>
    public PlacesStage()
    {
    }

    public PlacesStage(Gazetteer gazetteer)
    {
        _gazetteer = gazetteer;
    }

    public string Name => "places";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Tokens];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Places];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var gazetteer = _gazetteer ?? Gazetteer.Default;
        var lexicon = PlaceLexicon.Default;
        var matcher = new PlaceMatcher(gazetteer, lexicon);
        var matches = matcher.Find(document, cancellationToken);
        var metonyms = FindMetonyms(document, gazetteer, lexicon, matches);
        matches.AddRange(metonyms);
        matches.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        matches = new MentionRefiner(document.Text, document.Tokens, gazetteer).Refine(matches);

        var context = new MentionContext(document.Text, document.Tokens, lexicon, matcher.Words);
        var sections = DirectionSections.Of(matches, document.Tokens, document.Sentences, context);
        var listed = new bool[matches.Count];
        for (var m = 1; m < matches.Count; m++)
        {
            listed[m] = context.ListJoined(matches[m - 1], matches[m]);
        }

        var paragraphs = new int[matches.Count];
        var directions = new bool[matches.Count];
        for (var m = 0; m < matches.Count; m++)
        {
            var s = document.Sentences[document.Tokens[matches[m].FirstToken].SentenceIndex];
            paragraphs[m] = s.Paragraph;
            directions[m] = context.NamesDirection(matches[m], s.FirstToken + s.TokenCount);
        }

        UnderHeadings(document, matches, paragraphs, gazetteer);
        var resolved = new Disambiguator(gazetteer).Resolve(matches, document.Text, document.Metadata.Published, sections, listed, paragraphs, directions);
        // the mentions go straight into the document's list, sorted after
        var mentions = document.Places;
        mentions.EnsureCapacity(mentions.Count + matches.Count);
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            if (match.ContextOnly)
            {
                continue;
            }

            var place = gazetteer[resolved[m].Place];
            var sentence = document.Sentences[document.Tokens[match.FirstToken].SentenceIndex];
            var sentenceEnd = sentence.FirstToken + sentence.TokenCount;
            if (place.FeatureCode == "PPLA" && context.NamesRegionBody(match, sentenceEnd) && gazetteer.Admin1Of(place) is var region && region >= 0)
            {
                place = gazetteer[region]; // "the Luhansk operational-tactical group" is named after the region, not the city
            }

            var role = context.RoleOf(match, place, match.IsMetonym, sentence.FirstToken, sentenceEnd);
            if (role == PlaceRole.Location && m > 0 && mentions.Count > 0 && mentions[^1].Role == PlaceRole.Origin && context.ListJoined(matches[m - 1], match))
            {
                role = PlaceRole.Origin; // "from the directions of Kursk, Oryol and Millerovo"
            }
            mentions.Add(new PlaceMention
            {
                Span = match.Span,
                Text = document.Slice(match.Span),
                GeonameId = place.GeonameId,
                Name = place.Name,
                Country = place.Country,
                Admin1 = place.Admin1,
                Lat = place.Lat,
                Lon = place.Lon,
                FeatureCode = place.FeatureCode,
                Detail = match.Sector ?? context.DetailOf(match, sentence.FirstToken, sentenceEnd),
                Role = role,
                Confidence = match.Sector is not null ? FrontSectors.Confidence
                    : match.IsTypo ? Math.Round(resolved[m].Confidence * TypoConfidence, 2) : resolved[m].Confidence,
            });
        }

        document.Places.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>Words that always stand for a government ("the Kremlin"), where no place name was found.</summary>
    private static List<NameMatch> FindMetonyms(Document document, Gazetteer gazetteer, PlaceLexicon lexicon, List<NameMatch> matches)
    {
        var found = new List<NameMatch>();
        var covered = ArrayPool<bool>.Shared.Rent(document.Tokens.Count);
        covered.AsSpan(0, document.Tokens.Count).Clear();
        foreach (var m in matches)
        {
            covered.AsSpan(m.FirstToken, m.LastToken - m.FirstToken + 1).Fill(true);
        }

        for (var i = 0; i < document.Tokens.Count; i++)
        {
            var t = document.Tokens[i];
            if (covered[i] || t.Kind != TokenKind.Word || !char.IsUpper(document.Text[t.Start]))
            {
                continue;
            }

            var word = t.Text(document.Text);
            var possessive = word.Length > 3 && word[^2] is '\'' or '\u2019' && word[^1] == 's';
            var name = possessive ? word[..^2] : word;
            if (lexicon.MetonymOf(name) is not { } id || gazetteer.IndexOf(id) is var index && index < 0)
            {
                continue;
            }

            found.Add(new NameMatch(i, i, new TextSpan(t.Start, t.Start + name.Length), [index]) { Possessive = possessive, IsMetonym = true });
        }

        ArrayPool<bool>.Shared.Return(covered);
        return found;
    }

    /// <summary>
    /// A report cut into sections under region headings ("Dnipropetrovsk Oblast" on a line of its own, then the
    /// paragraphs on it): the paragraphs under a heading are read as one with it, so the region it names is the
    /// region of their villages ("artillery shelling damaged the clinic in Novopavlivka, near the boundary with
    /// Donetsk Oblast" is the Novopavlivka of Dnipropetrovsk Oblast). A heading is a paragraph of one line that is a
    /// region's name and nothing else; the next heading ends its section.
    /// </summary>
    private static void UnderHeadings(Document document, List<NameMatch> matches, int[] paragraphs, Gazetteer gazetteer)
    {
        var heading = -1;
        var m = 0;
        var sentences = document.Sentences;
        var tokens = document.Tokens;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var start = m;
            while (m < matches.Count && tokens[matches[m].FirstToken].SentenceIndex == s)
            {
                m++;
            }

            var alone = (s == 0 || sentences[s - 1].Paragraph != sentence.Paragraph)
                && (s + 1 == sentences.Count || sentences[s + 1].Paragraph != sentence.Paragraph);
            if (alone && m - start == 1 && IsRegionHeading(document.Text, sentence, matches[start], gazetteer))
            {
                heading = sentence.Paragraph;
                continue;
            }

            if (heading >= 0)
            {
                for (var k = start; k < m; k++)
                {
                    paragraphs[k] = heading;
                }
            }
        }
    }

    /// <summary>Whether a sentence is only a region's name ("Sumy Oblast", "Донецька область"), with no full stop.</summary>
    private static bool IsRegionHeading(string text, Sentence sentence, NameMatch match, Gazetteer gazetteer)
    {
        var line = text.AsSpan(sentence.Span.Start, sentence.Span.Length).Trim();
        if (line.Length == 0 || line[^1] is '.' || match.Span.Length < line.Length - 1 || match.Candidates.Length == 0)
        {
            return false;
        }

        foreach (var c in match.Candidates)
        {
            if (!gazetteer[c].IsAdmin1)
            {
                return false;
            }
        }

        return true;
    }
}
