using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Deaths denied and wounded asserted in one sentence ("No one was killed, but three people were wounded") are two
/// casualties claims, a denial and an assertion; a sentence with one stance keeps one claim.
/// </summary>
public sealed class MixedStanceCasualtiesTests
{
    private static Document Run(string text) =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = "Test Wire", Published = new DateOnly(2026, 4, 3) }));

    [Theory]
    [InlineData("Russian drones hit a warehouse in Odesa overnight. No one was killed, but three people were wounded, the regional administration said.")]
    [InlineData("Вночі російські дрони атакували склад в Одесі. Ніхто не загинув, але троє людей поранені, повідомила обласна військова адміністрація.")]
    [InlineData("Ночью беспилотники атаковали склад в Одессе. Никто не погиб, но три человека ранены, сообщили в областной администрации.")]
    public void Process_DeathsDeniedButWoundedAsserted_MakesBothClaims(string text)
    {
        var casualties = Run(text).Claims.FindAll(c => c.Kind == ClaimKind.Casualties);

        Assert.Contains(casualties, c => c.Stance == Stance.Denies);
        Assert.Contains(casualties, c => c.Stance == Stance.Asserts);
    }

    [Theory]
    [InlineData("Russian drones hit a warehouse in Odesa overnight. Two people were killed and three were wounded, the regional administration said.")]
    [InlineData("Вночі російські дрони атакували склад в Одесі. Двоє людей загинули, ще троє поранені, повідомила обласна військова адміністрація.")]
    [InlineData("Ночью беспилотники атаковали склад в Одессе. Два человека погибли, еще трое ранены, сообщили в областной администрации.")]
    public void Process_DeathsAndWoundedBothAsserted_DeniesNothing(string text)
    {
        var casualties = Run(text).Claims.FindAll(c => c.Kind == ClaimKind.Casualties);

        Assert.NotEmpty(casualties);
        Assert.All(casualties, c => Assert.Equal(Stance.Asserts, c.Stance));
    }
}
