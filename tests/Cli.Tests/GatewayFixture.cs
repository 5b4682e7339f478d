using System.Net.Http.Json;
using GenerationGateway.Standalone.Tests;
using GenerationGateway.TestSupport.Identity;

namespace GenerationGateway.Cli.Tests;

/// <summary>
/// One embedded default per test class (its tests run one after another, so a simulator fault a test scripts meets that
/// test's job); each test takes a tenant of its own.
/// </summary>
public sealed class GatewayFixture : IAsyncLifetime
{
    readonly HttpClient _http = new();

    public StandaloneHost Host { get; } = new();

    public Uri BaseAddress => Host.BaseAddress;

    public async Task InitializeAsync()
    {
        await Host.StartAsync();
        _http.BaseAddress = Host.BaseAddress;
    }

    /// <summary>A new tenant's key (generations:write and generations:read), made with the admin key.</summary>
    public async Task<string> NewTenantKeyAsync() => (await TestApiKeys.CreateAsync(_http, $"cli-{Guid.NewGuid():N}")).Key;

    /// <summary>The CLI with a new tenant's key.</summary>
    public async Task<GatewayCli> NewTenantCliAsync() => GatewayCli.For(BaseAddress, await NewTenantKeyAsync());

    /// <summary>
    /// Scripts a fault of the Rodin simulator (<c>POST /_sim/rodin/faults</c>): <c>job-failed</c>, <c>stall</c>. Pending
    /// faults are cleared first: one an earlier test left unused (its job cancelled before the vendor task) meets no one else.
    /// </summary>
    public async Task ScriptRodinFaultAsync(string kind)
    {
        using (var cleared = await _http.DeleteAsync(new Uri("_sim/rodin/faults", UriKind.Relative)))
        {
            cleared.EnsureSuccessStatusCode();
        }

        using var response = await _http.PostAsJsonAsync(new Uri("_sim/rodin/faults", UriKind.Relative), new { kind });
        response.EnsureSuccessStatusCode();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await Host.DisposeAsync();
    }
}
