using Sitrep.Core.Documents;
using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Tests.Telegram;

public class TelegramExportReaderTests
{
    [Fact]
    public async Task ReadSource_ChannelExport_GivesOneDocumentPerTextMessage()
    {
        var results = await Inputs.ReadAll(Inputs.Path("Telegram/brigade-channel.json"));

        // service message and photo without text are skipped; the string in the array is a located error
        Assert.Equal(4, results.Count);
        Assert.Equal([true, true, false, true], results.Select(r => r.IsSuccess));
        var error = results[2].Error!;
        Assert.Equal(ErrorCodes.Malformed, error.Code);
        Assert.Equal(62, error.Location!.Line);
        Assert.NotNull(error.Location.Offset);
    }

    [Fact]
    public async Task ReadSource_Message_HasChannelOutletTelegramMediumAndLink()
    {
        var path = Inputs.Path("Telegram/brigade-channel.json");
        var doc = (await Inputs.ReadAll(path))[0].Value!;

        Assert.Equal("47-ма окрема механізована бригада", doc.Metadata.Outlet);
        Assert.Equal("telegram", doc.Metadata.Medium);
        Assert.Equal("https://t.me/brigade47_example/5121", doc.Metadata.Url);
        Assert.Equal(path + "#5121", doc.Metadata.Origin);
        Assert.Equal(new DateOnly(2025, 12, 10), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Record, doc.Metadata.PublishedFrom);
        Assert.StartsWith("За минулу добу наші оператори БпЛА уразили 2 танки", doc.Text);
    }

    [Fact]
    public async Task ReadSource_EntityArrayText_IsJoinedInOrder()
    {
        var doc = (await Inputs.ReadAll(Inputs.Path("Telegram/brigade-channel.json")))[1].Value!;

        Assert.Equal(
            "Відбито штурм під Мирноградом.\nУночі противник намагався прорватися силами до роти піхоти за підтримки трьох БМП. #47ОМБр Відео.",
            doc.Text);
        Assert.Equal("Прес-служба", doc.Metadata.Author);
        Assert.Equal(new DateOnly(2025, 12, 11), doc.Metadata.Published);
    }

    [Fact]
    public async Task ReadSource_ExportWithoutUsername_HasNoUrl()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-tg-{Guid.NewGuid():N}.json");
        var json = """
            {
             "name": "Зведення ОВА",
             "type": "public_channel",
             "id": 1234,
             "messages": [
              {"id": 77, "type": "message", "date": "2025-12-01T07:00:00", "text": ["Вночі ", {"type": "bold", "text": "Харків"}, " атакували 4 дрони."]}
             ]
            }
            """;
        await File.WriteAllTextAsync(path, json, TestContext.Current.CancellationToken);
        try
        {
            var doc = await Inputs.ReadOne(path);
            Assert.Null(doc.Metadata.Url);
            Assert.Equal("Вночі Харків атакували 4 дрони.", doc.Text);
            Assert.Equal(path + "#77", doc.Metadata.Origin);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
