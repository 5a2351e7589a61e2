using System.Buffers;
using Sitrep.Core.Text;
using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Mentions;

/// <summary>
/// Decides what a matched name is before disambiguation: not a place at all (a river, a club, a unit's nickname, a
/// function word), a region ("the Kyiv region", "the Zaporizhzhia and Dnipropetrovsk regions", "Donetsk People's
/// Republic", "на Харківщині"), a town named by a direction adjective ("Костянтинівському напрямку"), a front sector named after no town
/// ("Yuzhno-Donetsk direction"), or a village
/// whose region the text names next to it ("Dobropillia in Zaporizhzhia region").
/// </summary>
internal sealed class MentionRefiner(string text, List<Token> tokens, Gazetteer gazetteer)
{
    public List<NameMatch> Refine(List<NameMatch> matches)
    {
        var words = new MentionWords(text, tokens);
        var kept = new List<NameMatch>(matches.Count);
        var clubs = NotPlaces.ClubsNamed(matches, words);
        foreach (var m in matches)
        {
            if (!NotPlaces.IsNotPlace(m, words, clubs))
            {
                kept.Add(m);
            }
        }

        var regions = new RegionPhrases(words, gazetteer);
        kept = regions.Apply(kept);
        new RegionNicknames(words, gazetteer).AddTo(kept);
        new CountryForms(words, gazetteer).AddTo(kept);
        new FrontSectors(words, gazetteer).AddTo(kept);
        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var directions = new DirectionAdjectives(words, gazetteer);
        var covered = ArrayPool<bool>.Shared.Rent(words.Count);
        covered.AsSpan(0, words.Count).Clear();
        for (var i = 0; i < kept.Count; i++)
        {
            covered.AsSpan(kept[i].FirstToken, kept[i].LastToken - kept[i].FirstToken + 1).Fill(true);

            if (directions.Refine(kept[i]) is { } refined)
            {
                kept[i] = refined;
            }
        }

        kept.AddRange(directions.Unmatched(covered));
        ArrayPool<bool>.Shared.Return(covered);
        kept.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));

        kept.RemoveAll(m => m.Candidates.Length == 0);
        new RegionQualifiers(words, gazetteer, regions).Apply(kept);
        return kept;
    }
}
