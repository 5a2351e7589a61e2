using Sitrep.Extraction.Places.Matching;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Places;

public sealed class TokenPartsTests
{
    [Theory]
    [InlineData("Russian forces struck Kharkiv's Saltivskyi district and Nova Kakhovka overnight, the governor said in a long statement about the attack on the city.", "Donetsk's mayor spoke.")]
    [InlineData("Окупанти обстріляли Нікополь, Марганець і Червоногригорівку з важкої артилерії.", "Ростов-на-Дону")]
    [InlineData("Short.", "A much longer text naming Pokrovsk, Myrnohrad and Rodynske, then Kostiantynivka's outskirts.")]
    public void Reused_AfterAnotherDocument_SameAsANewInstance(string before, string text)
    {
        var other = Docs.Text(before);
        var doc = Docs.Text(text);
        TokenParts.Reused(other.Text, other.Tokens.ToArray());

        var reused = TokenParts.Reused(doc.Text, doc.Tokens.ToArray());
        var fresh = new TokenParts(doc.Text, doc.Tokens.ToArray());

        for (var i = 0; i < doc.Tokens.Count; i++)
        {
            Assert.Equal(fresh.Count(i), reused.Count(i));
            Assert.Equal(fresh.Append(i, NameKey.Seed), reused.Append(i, NameKey.Seed));
            Assert.Equal(fresh.NameEnd[i], reused.NameEnd[i]);
        }
    }
}
