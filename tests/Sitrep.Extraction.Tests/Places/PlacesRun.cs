using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Places;

internal static class PlacesRun
{
    public static Document Run(string text, DateOnly? published = null)
    {
        var d = new Document(text, new DocumentMetadata { Published = published });
        new TextStage().Process(d, CancellationToken.None);
        new PlacesStage().Process(d, CancellationToken.None);
        return d;
    }

    /// <summary>The single mention whose text is <paramref name="surface"/>.</summary>
    public static PlaceMention Mention(this Document d, string surface)
    {
        var found = d.Places.Where(p => p.Text == surface).ToList();
        Assert.True(found.Count == 1, $"expected one mention \"{surface}\", found [{string.Join(", ", d.Places.Select(p => p.Text))}]");
        return found[0];
    }
}
