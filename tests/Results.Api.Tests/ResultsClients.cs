using GenerationGateway.TestSupport.Identity;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>Clients of a Results.Api host that send a tenant's API key, made in that host's identity store.</summary>
public static class ResultsClients
{
    /// <summary>The settings every Results.Api test host needs to authenticate keys (identity store in memory).</summary>
    public static void UseIdentitySettings(this IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (key, value) in TestApiKeys.InMemorySettings)
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A client with a new key of <paramref name="tenant"/> (scopes generations:read and generations:write).</summary>
    public static HttpClient CreateApiClient(this WebApplicationFactory<Program> factory, string tenant = "tenant-a", WebApplicationFactoryClientOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var key = new Lazy<Task<string>>(() => TestApiKeys.AddAsync(factory.Services, tenant));
        var client = factory.CreateDefaultClient(
            (options ?? new WebApplicationFactoryClientOptions()).BaseAddress,
            new BearerKeyHandler(async (_, _) => await key.Value));
        return client;
    }
}
