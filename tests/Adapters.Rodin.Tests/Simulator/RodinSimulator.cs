using System.Net.Http.Json;
using GenerationGateway.TestSupport.Simulators;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.Adapters.Rodin.Tests.Simulator;

/// <summary>
/// The Rodin simulator in-process, on a clock the test moves. Jobs wait 1 s, then job <c>i</c> is done
/// 2 × (i + 1) s later: two jobs are both done 5 s after the submit.
/// </summary>
public sealed class RodinSimulator() : VendorSimulator(RodinRequestRules.Key, new Dictionary<string, string?>
{
    ["VendorSim:Rodin:ApiKey"] = ApiKey,
    ["VendorSim:Rodin:WaitingDuration"] = Waiting.ToString(),
    ["VendorSim:Rodin:GeneratingDuration"] = Generating.ToString(),
    ["VendorSim:Rodin:JobsPerTask"] = "2",
})
{
    public const string ApiKey = "test-rodin-key";

    public static readonly TimeSpan Waiting = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan Generating = TimeSpan.FromSeconds(2);

    public Uri ApiBase => new(BaseAddress, "rodin/api/v2/");

    public IRodinClient CreateClient(StubImageHost images, string apiKey = ApiKey, long maxImageBytes = 1024 * 1024) =>
        RodinClients.Create(CreateHandler(), images, new RodinOptions
        {
            BaseUrl = ApiBase,
            ApiKey = apiKey,
            MaxImageBytes = maxImageBytes,
        });

    public VendorSim.RequestLog.RecordedRequest LastRequest(string path) => Requests().Last(x => x.Path == $"/rodin/api/v2/{path}");

    public async Task SetBalanceAsync(decimal balance)
    {
        using var http = CreateHttpClient();
        using var response = await http.PutAsJsonAsync(new Uri("_sim/rodin/balance", UriKind.Relative), new { balance });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A request whose rules pass, resolved the way the workflow resolves it.</summary>
    public static RodinGenerateParameters Resolve(Contracts.GenerationRequested request)
    {
        var errors = new VendorRules.RequestValidationErrors();
        Assert.True(RodinGenerateParametersResolver.TryResolve(request, errors, out var parameters), errors.ToString());
        return parameters;
    }
}
