using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Sitrep.Ingest.Tests.Sources;

/// <summary>A minimal HTTP/1.1 server on 127.0.0.1 for fetch tests: fixed answers by path, no internet needed.</summary>
internal sealed class LocalHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<string, Answer> _answers = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public LocalHttpServer()
    {
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public string Url(string path) => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}{path}";

    /// <summary>Serves <paramref name="body"/> at <paramref name="path"/>; without a length header when <paramref name="sendLength"/> is false.</summary>
    public void Serve(string path, string contentType, byte[] body, int status = 200, bool sendLength = true, bool hang = false) =>
        _answers[path] = new Answer(status, contentType, body, sendLength, hang);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        try
        {
            await _loop;
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            _ = Task.Run(() => Handle(client));
        }
    }

    private async Task Handle(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var path = await ReadRequestPath(stream);
                if (!_answers.TryGetValue(path, out var answer))
                {
                    answer = new Answer(404, "text/plain", "not found"u8.ToArray(), true, false);
                }

                if (answer.Hang)
                {
                    await Task.Delay(Timeout.Infinite, _stop.Token);
                }

                var head = new StringBuilder()
                    .Append($"HTTP/1.1 {answer.Status} {(answer.Status == 200 ? "OK" : "Not Found")}\r\n")
                    .Append($"Content-Type: {answer.ContentType}\r\n")
                    .Append(answer.SendLength ? $"Content-Length: {answer.Body.Length}\r\n" : "")
                    .Append("Connection: close\r\n\r\n");
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head.ToString()), _stop.Token);
                await stream.WriteAsync(answer.Body, _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or SocketException)
            {
                // the client went away or the server stops
            }
        }
    }

    private async Task<string> ReadRequestPath(NetworkStream stream)
    {
        var buffer = new byte[8192];
        var length = 0;
        while (length < buffer.Length)
        {
            var read = await stream.ReadAsync(buffer.AsMemory(length), _stop.Token);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (Encoding.ASCII.GetString(buffer, 0, length).Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                break;
            }
        }

        var requestLine = Encoding.ASCII.GetString(buffer, 0, length).Split("\r\n")[0].Split(' ');
        return requestLine.Length > 1 ? requestLine[1] : "/";
    }

    private sealed record Answer(int Status, string ContentType, byte[] Body, bool SendLength, bool Hang);
}
