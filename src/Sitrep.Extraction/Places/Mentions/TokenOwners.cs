using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Mentions;

internal static class TokenOwners
{
    [ThreadStatic]
    private static Dictionary<int, int>? t_owners;

    /// <summary>
    /// For each token a match covers, the index of the last match in the list that covers it. The table is this
    /// thread's, reused from call to call: valid until the next call on the thread.
    /// </summary>
    public static Dictionary<int, int> Of(List<NameMatch> matches)
    {
        var owners = t_owners ??= [];
        owners.Clear();
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
