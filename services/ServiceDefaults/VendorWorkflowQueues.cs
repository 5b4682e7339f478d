using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenerationGateway.ServiceDefaults;

/// <summary>
/// Declares the vendor workflow queues a publisher routes to, with MassTransit's own topology code run in
/// deploy-only mode (nothing is consumed): the same queue, exchange and bindings the vendor's adapter declares
/// through <see cref="GenerationTopology.ConfigureVendorWorkflowEndpoint"/>. Registered by
/// <see cref="MessagingHostingExtensions.AddVendorWorkflowQueues"/>; a failure stops the host from starting.
/// </summary>
public sealed partial class VendorWorkflowQueues : IHostedService
{
    static readonly TimeSpan DeployTimeout = TimeSpan.FromSeconds(60);

    readonly MessagingOptions _options;
    readonly IReadOnlyList<string> _vendors;
    readonly ILogger<VendorWorkflowQueues> _logger;

    public VendorWorkflowQueues(IOptions<MessagingOptions> options, IEnumerable<string> vendors, ILogger<VendorWorkflowQueues> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _vendors = vendors.Order(StringComparer.Ordinal).ToArray();
        _logger = logger;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var bus = Bus.Factory.CreateUsingRabbitMq(cfg =>
        {
            MessagingHostingExtensions.ConfigureRabbitMqHost(cfg, _options);
            cfg.DeployTopologyOnly = true;
            DurableQueues.ConfigureFaultQueues(cfg);
            foreach (var vendor in _vendors)
            {
                var queue = GenerationTopology.VendorWorkflowQueue(vendor);
                cfg.ReceiveEndpoint(queue, endpoint =>
                {
                    DurableQueues.Configure(endpoint, queue, _options);
                    GenerationTopology.ConfigureVendorWorkflowEndpoint(endpoint, vendor);
                });
            }
        });

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(DeployTimeout);
        await bus.DeployAsync(timeout.Token);
        LogDeclared(string.Join(", ", _vendors.Select(GenerationTopology.VendorWorkflowQueue)));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Declared the vendor workflow queues {Queues} and their bindings")]
    partial void LogDeclared(string queues);
}
