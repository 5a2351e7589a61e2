namespace Sitrep.Extraction.Time.Languages;

internal static class CyrillicNames
{
    /// <summary>Month forms listed per month (January first) become (name, month number) entries.</summary>
    public static IReadOnlyList<(string Name, int Value, NameFlags Flags)> Expand(string[][] forms)
    {
        var list = new List<(string, int, NameFlags)>();
        for (var m = 0; m < forms.Length; m++)
        {
            foreach (var form in forms[m])
            {
                list.Add((form, m + 1, NameFlags.None));
            }
        }

        return list;
    }
}
