using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Sitrep.Web.Hosting;

namespace Sitrep.Web.Tests.Hosting;

public sealed class OpenWritesWarningTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080", null, 1)]
    [InlineData("http://127.0.0.1:5080;http://192.0.2.7:5080", null, 1)]
    [InlineData("http://*:5080", null, 1)]
    [InlineData("http://127.0.0.1:5080", null, 0)]
    [InlineData("http://localhost:5080;http://[::1]:5080", null, 0)]
    [InlineData("http://0.0.0.0:5080", "s3cret", 0)]
    public async Task Check_Urls_WarnsOnlyForOpenWritesBeyondThisMachine(string urls, string? token, int warnings)
    {
        var sink = new WarningSink();
        var builder = WebApplication.CreateBuilder();
        builder.Logging.ClearProviders().AddProvider(sink);
        await using var app = builder.Build();

        OpenWritesWarning.Check(app, urls, token);

        Assert.Equal(warnings, sink.Messages.Count);
        Assert.All(sink.Messages, m => Assert.Contains("SITREP_WRITE_TOKEN", m));
    }

    private sealed class WarningSink : ILoggerProvider, ILogger
    {
        public List<string> Messages { get; } = [];

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                Messages.Add(formatter(state, exception));
            }
        }

        public void Dispose()
        {
        }
    }
}
