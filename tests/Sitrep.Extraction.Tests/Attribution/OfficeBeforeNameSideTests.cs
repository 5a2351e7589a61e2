using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A person introduced by an office before the name with no verb of saying ("The commander of Ukraine's 57th Brigade,
/// Colonel Andrii Savchuk, spoke to reporters") and then named by surname ("Savchuk said") takes the side of the office.
/// A person introduced by an occupation takes none.
/// </summary>
public sealed class OfficeBeforeNameSideTests
{
    [Theory]
    [InlineData("The commander of Ukraine's 57th Brigade, Colonel Andrii Savchuk, spoke to reporters on Friday. Savchuk said his units still held the centre of Vovchansk.", "Andrii Savchuk")]
    [InlineData("Командир 57-ї бригади ЗСУ, полковник Андрій Савчук, поспілкувався з журналістами в п'ятницю. Савчук заявив, що його підрозділи досі тримають центр Вовчанська.", "Андрій Савчук")]
    [InlineData("Командир 57-й бригады ВСУ, полковник Андрей Савчук, пообщался с журналистами в пятницу. Савчук заявил, что его подразделения удерживают центр Волчанска.", "Андрей Савчук")]
    public void Process_OfficeBeforeTheName_TheSurnameTakesItsSide(string text, string name)
    {
        var doc = Docs.Attributed(text, outlet: "Test Post");

        var last = doc.Attributions[^1];
        Assert.Equal(name, last.Speaker);
        Assert.Equal("UA", last.Side);
    }

    [Fact]
    public void Process_OccupationBeforeTheName_NoSide()
    {
        // twin: a civilian's occupation gives no side
        var doc = Docs.Attributed("A retired teacher from Kharkiv, Andrii Savchuk, spoke to reporters on Friday. Savchuk said the shelling had stopped at dawn.", outlet: "Test Post");

        Assert.Null(doc.Attributions[^1].Side);
    }
}
