using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A body's own channel titled with a description after a bar ("Губернатор Курской области | официальный канал") is
/// still the body's channel: its lines are the body's claims, with its side. A channel whose name before the bar is no
/// body of the registry stays no body's channel.
/// </summary>
public sealed class ChannelDescriptionTests
{
    [Theory]
    [InlineData("Kharkiv Regional Military Administration | official channel", "Kharkiv Regional Military Administration", "UA")]
    [InlineData("Харківська ОВА | офіційний канал", "Kharkiv Regional Military Administration", "UA")]
    [InlineData("Губернатор Курской области | официальный канал", "Governor of Kursk region", "RU")]
    public void OwnChannel_BodyThenBarAndDescription_IsTheBodysChannel(string outlet, string body, string side)
    {
        var channel = ClaimsStage.OwnChannel(Docs.Text("Ночью дрон атаковал склад.", outlet, medium: "telegram"));

        Assert.NotNull(channel);
        Assert.Equal(body, channel.Name);
        Assert.Equal(side, channel.Side);
    }

    [Theory]
    [InlineData("Kharkiv Evening News | official channel")]
    [InlineData("Харківські новини | офіційний канал")]
    [InlineData("Курские новости | официальный канал")]
    public void OwnChannel_NoBodyBeforeTheBar_IsNoBodysChannel(string outlet)
    {
        Assert.Null(ClaimsStage.OwnChannel(Docs.Text("Ночью дрон атаковал склад.", outlet, medium: "telegram")));
    }
}
