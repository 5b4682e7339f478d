using GenerationGateway.Identity;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.TestSupport.Identity;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace GenerationGateway.Webhooks.Tests;

/// <summary>The webhook service composed as its Program composes it (identity and store in memory) on a test server.</summary>
public sealed class WebhooksApi : IAsyncDisposable
{
    readonly WebApplication _app;

    WebhooksApi(WebApplication app) => _app = app;

    public IServiceProvider Services => _app.Services;

    public static async Task<WebhooksApi> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(TestApiKeys.InMemorySettings);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Webhooks:Persistence"] = "InMemory",
            ["Messaging:Transport"] = "InMemory",
        });
        builder.AddServiceDefaults();
        builder.AddGatewayIdentity();
        builder.AddWebhooks();
        builder.AddMessaging(WebhooksHostingExtensions.AddWebhooksConsumers);
        var app = builder.Build();
        app.MapServiceDefaults();
        app.MapWebhooksEndpoints();
        await app.StartAsync();
        return new WebhooksApi(app);
    }

    /// <summary>A client authenticated with a new key of <paramref name="tenantId"/>.</summary>
    public async Task<HttpClient> ClientForAsync(string tenantId, params string[] scopes)
    {
        var key = await TestApiKeys.AddAsync(_app.Services, tenantId, scopes);
        return new HttpClient(new BearerKeyHandler(key) { InnerHandler = _app.GetTestServer().CreateHandler() })
        {
            BaseAddress = new Uri("http://webhooks.test/"),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
