using Sitrep.Core.Documents;

namespace Sitrep.Core.Tests.Documents;

public sealed class DocumentIdTests
{
    [Fact]
    public void Compute_SameTextDifferentLineEndings_SameId()
    {
        Assert.Equal(DocumentId.Compute("a\nb \n", null), DocumentId.Compute("a\r\nb\r\n", null));
    }

    [Fact]
    public void Compute_SameTextDifferentUrl_DifferentId()
    {
        Assert.NotEqual(DocumentId.Compute("text", "https://a.example/1"), DocumentId.Compute("text", "https://b.example/1"));
    }

    [Fact]
    public void Compute_DifferentText_DifferentId()
    {
        Assert.NotEqual(DocumentId.Compute("Russia attacked Pokrovsk.", null), DocumentId.Compute("Russia attacked Kupiansk.", null));
    }
}
