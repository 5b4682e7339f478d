using GenerationGateway.Adapters.Workflow.Consumers;
using GenerationGateway.Contracts;
using GenerationGateway.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>What a consumer logs carries the generation it works on, whatever its message template says.</summary>
public sealed class GenerationLogScopeTests : IAsyncLifetime
{
    readonly WorkflowHarness _workflow = new();

    public Task InitializeAsync() => _workflow.StartAsync();

    public Task DisposeAsync() => _workflow.DisposeAsync().AsTask();

    [Fact]
    public async Task A_vendor_call_consumer_logs_inside_a_scope_with_the_generation_id()
    {
        var id = await _workflow.RequestAsync();
        await _workflow.PublishedAsync<GenerationCompleted>(id);

        // ILogger<T> names a generic type's category without its type arguments.
        string[] consumers = [Category(typeof(SubmitVendorJobConsumer<>)), Category(typeof(CollectVendorAssetsConsumer<>))];
        await _workflow.EventuallyAsync(
            () => consumers.All(category => _workflow.Logs.Logs.Any(log => log.Category == category)),
            () => $"The submit and collect consumers did not log; categories seen: {string.Join(", ", _workflow.Logs.Logs.Select(log => log.Category).Distinct())}.");
        Assert.All(
            _workflow.Logs.Logs.Where(log => consumers.Contains(log.Category)),
            log => Assert.Equal(id, log.Scope.GetValueOrDefault("GenerationId")));
    }

    [Fact]
    public void Console_logs_print_the_scopes_that_hold_the_generation_and_trace_ids()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.AddServiceDefaults();
        using var provider = builder.Services.BuildServiceProvider();

        // The formatter options count only for a named formatter: unnamed, the console logger uses its legacy settings.
        Assert.Equal(ConsoleFormatterNames.Simple, provider.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
        Assert.True(provider.GetRequiredService<IOptionsMonitor<SimpleConsoleFormatterOptions>>().CurrentValue.IncludeScopes);
        Assert.True(provider.GetRequiredService<IOptionsMonitor<JsonConsoleFormatterOptions>>().CurrentValue.IncludeScopes);
        var tracking = provider.GetRequiredService<IOptions<LoggerFactoryOptions>>().Value.ActivityTrackingOptions;
        Assert.True(tracking.HasFlag(ActivityTrackingOptions.TraceId) && tracking.HasFlag(ActivityTrackingOptions.SpanId), $"Activity tracking is {tracking}.");
    }

    [Fact]
    public void A_configured_console_formatter_is_kept()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName = ConsoleFormatterNames.Json);
        builder.AddServiceDefaults();
        using var provider = builder.Services.BuildServiceProvider();

        Assert.Equal(ConsoleFormatterNames.Json, provider.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }

    static string Category(Type consumer) => $"{consumer.Namespace}.{consumer.Name[..consumer.Name.IndexOf('`', StringComparison.Ordinal)]}";
}
