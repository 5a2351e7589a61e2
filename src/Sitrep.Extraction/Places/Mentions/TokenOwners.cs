using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Mentions;

internal static class TokenOwners
{
    /// <summary>For each token a match covers, the index of the last match in the list that covers it.</summary>
    public static Dictionary<int, int> Of(List<NameMatch> matches)
    {
        var owners = new Dictionary<int, int>();
        for (var i = 0; i < matches.Count; i++)
        {
            for (var t = matches[i].FirstToken; t <= matches[i].LastToken; t++)
            {
                owners[t] = i;
            }
        }

        return owners;
    }
}
