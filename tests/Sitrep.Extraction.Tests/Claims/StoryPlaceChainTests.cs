using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A placeless report right after a sentence whose claim took the story's town is at that town, whoever speaks
/// ("Garages were damaged. Two people were injured, the prosecutor's office said"); a body named after the town in
/// the text's own spelling ("Сумська міська рада" for "Суми") speaks of it.
/// </summary>
public sealed class StoryPlaceChainTests
{
    private const long Town = 692194;

    /// <summary>A post in the channel of a regional administration: the channel is the author of what no one else says.</summary>
    private static List<Claim> Pipeline(string channel, string text) =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata
        {
            Outlet = channel, Author = channel, Medium = "telegram", Published = new DateOnly(2025, 12, 10),
        })).Claims;

    [Theory]
    [InlineData("Сумська ОВА", "За даними Повітряних сил, уночі ворог атакував Суми ударними дронами.\n\nПошкоджено гаражі та автомобілі на околиці. Двох людей поранено, повідомили в обласній прокуратурі.\n")]
    [InlineData("Сумская ОВА", "Ночью противник атаковал Сумы ударными дронами.\n\nПовреждены гаражи и автомобили на окраине. Два человека ранены, сообщили в областной прокуратуре.\n")]
    [InlineData("Sumy Regional Military Administration", "According to the Air Force, Russian drones attacked Sumy overnight.\n\nGarages and cars were damaged on the outskirts. Two people were injured, the regional prosecutor's office said.\n")]
    public void Process_LossesAfterPlacedDamage_TakeItsTown(string channel, string text)
    {
        Assert.Contains(Pipeline(channel, text), c => c.Kind == ClaimKind.Casualties && c.Place?.GeonameId == Town);
    }
}
