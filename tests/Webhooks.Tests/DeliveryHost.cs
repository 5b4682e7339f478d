using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;
using GenerationGateway.TestSupport.Identity;
using GenerationGateway.Webhooks.Api;
using GenerationGateway.Webhooks.Delivery;
using GenerationGateway.Webhooks.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Webhooks.Tests;

/// <summary>
/// The webhook service's delivery side as <c>AddWebhooks</c> registers it (store in memory, the real egress guard on real
/// sockets, a fake clock), not started: a test fans events out and runs dispatch rounds itself.
/// </summary>
public sealed class DeliveryHost : IDisposable
{
    readonly IHost _host;

    public DeliveryHost(IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:Persistence"] = "InMemory",
            ["Assets:SigningKey"] = TestApiKeys.AssetSigningKey,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton<TimeProvider>(Time);
        builder.AddWebhooks();
        _host = builder.Build();
    }

    /// <summary>On PostgreSQL: the host's store on <paramref name="connectionString"/>, migrated.</summary>
    public static async Task<DeliveryHost> OnPostgresAsync(string connectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var host = new DeliveryHost(new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Webhooks:Persistence"] = "Postgres",
            ["ConnectionStrings:Webhooks"] = connectionString,
        });
        await host._host.Services.GetRequiredService<WebhooksDatabase>().Migrations.EnsureCreatedAsync(CancellationToken.None);
        return host;
    }

    /// <summary>Starts at the real time: the independent verifier checks the signature's timestamp against its own clock.</summary>
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public IWebhookStore Store => _host.Services.GetRequiredService<IWebhookStore>();

    public IServiceProvider Services => _host.Services;

    public async Task<WebhookEndpoint> AddEndpointAsync(string tenantId, Uri url, params string[] events)
    {
        var endpoint = new WebhookEndpoint
        {
            Id = Guid.NewGuid(),
            TenantId = tenantId,
            Url = url,
            Events = events.Length == 0 ? WebhookEventTypes.All : events,
            Secret = WebhookSecrets.Create(),
            CreatedAt = Time.GetUtcNow(),
        };
        await Store.AddEndpointAsync(endpoint, CancellationToken.None);
        return endpoint;
    }

    /// <summary>The request of a new generation (tenant, optional callback), as its consumer hands it on.</summary>
    public async Task<Guid> RequestGenerationAsync(string tenantId, Uri? callback = null)
    {
        var id = Guid.NewGuid();
        await _host.Services.GetRequiredService<WebhookFanOut>().HandleAsync(GenerationChanges.Of(new GenerationRequested
        {
            GenerationId = id,
            TenantId = tenantId,
            Vendor = "rodin",
            Kind = TaskKind.TextTo3d,
            Inputs = new GenerationInputs { Prompt = "a red chair" },
            Options = new GenerationOptions(),
            Callback = callback is null ? null : new CallbackTarget { Url = callback },
        }), null, Guid.NewGuid(), CancellationToken.None);
        return id;
    }

    /// <summary>The request and the completion of a new generation.</summary>
    public async Task<Guid> CompleteGenerationAsync(string tenantId, Uri? callback = null)
    {
        var id = await RequestGenerationAsync(tenantId, callback);
        await _host.Services.GetRequiredService<WebhookFanOut>().HandleAsync(GenerationChanges.Of(new GenerationCompleted
        {
            GenerationId = id,
            Vendor = "rodin",
            VendorJobId = "job-1",
            Assets = [],
        }), WebhookEventTypes.Completed, Guid.NewGuid(), CancellationToken.None);
        return id;
    }

    /// <summary>A <c>GenerationProgressed</c> of the generation, as its consumer hands it on.</summary>
    public Task ProgressAsync(Guid generationId, int percent) =>
        _host.Services.GetRequiredService<WebhookFanOut>().HandleAsync(
            GenerationChanges.Of(new GenerationProgressed { GenerationId = generationId, Vendor = "rodin", Stage = GenerationStage.Processing, Percent = percent }),
            WebhookEventTypes.Progressed, Guid.NewGuid(), CancellationToken.None);

    /// <summary>A <c>GenerationProgressed</c> of <paramref name="stage"/> sent at <paramref name="sentAt"/> (a queue place while queued), as its consumer hands it on.</summary>
    public Task ReportStageAsync(Guid generationId, GenerationStage stage, DateTimeOffset sentAt, int? queuePosition = null)
    {
        var change = GenerationChanges.Of(new GenerationProgressed
        {
            GenerationId = generationId,
            Vendor = "rodin",
            Stage = stage,
            Percent = 5,
            QueuePosition = queuePosition,
            QueueEstimate = queuePosition is { } position ? TimeSpan.FromSeconds(30 * position) : null,
        }) with { MessageId = Guid.NewGuid(), OccurredAt = sentAt };
        return _host.Services.GetRequiredService<WebhookFanOut>().HandleAsync(change, WebhookEventTypes.Progressed, change.MessageId!.Value, CancellationToken.None);
    }

    /// <summary>One dispatcher round at the fake clock's time: claims what is due and attempts each.</summary>
    public async Task<int> DispatchAsync()
    {
        var due = await Store.ClaimDueAsync(Time.GetUtcNow(), TimeSpan.FromMinutes(1), 50, CancellationToken.None);
        var deliverer = _host.Services.GetRequiredService<WebhookDeliverer>();
        foreach (var delivery in due)
        {
            await deliverer.DeliverAsync(delivery, CancellationToken.None);
        }

        return due.Count;
    }

    public async Task<WebhookDelivery> SingleDeliveryAsync(string tenantId, Guid generationId) =>
        Assert.Single(await Store.ListDeliveriesAsync(tenantId, null, generationId, 10, CancellationToken.None));

    public void Dispose() => _host.Dispose();
}
