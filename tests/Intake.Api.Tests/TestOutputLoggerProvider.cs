using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>Sends the app's logs to xunit's test output, shown with a failed test whatever the console verbosity.</summary>
public sealed class TestOutputLoggerProvider : ILoggerProvider
{
    readonly ITestOutputHelper _output;

    public TestOutputLoggerProvider(ITestOutputHelper output)
    {
        _output = output;
    }

    public ILogger CreateLogger(string categoryName) => new OutputLogger(_output, categoryName);

    public void Dispose()
    {
    }

    sealed class OutputLogger(ITestOutputHelper output, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            try
            {
                output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? string.Empty : " | " + exception.GetType().Name + ": " + exception.Message)}");
            }
            catch (InvalidOperationException)
            {
                // The test has finished; nothing listens any more.
            }
        }
    }
}
