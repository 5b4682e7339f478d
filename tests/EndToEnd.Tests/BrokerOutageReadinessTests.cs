using System.Net;
using System.Net.Http.Json;
using GenerationGateway.TestSupport.Infrastructure;
using GenerationGateway.VendorRules.Rodin;
using Xunit.Abstractions;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// The broker becomes unreachable for one deployment (its virtual host is deleted, which closes its connections and
/// refuses new ones; the shared broker keeps running): the workers' readiness says they cannot work (503), while intake
/// stays ready and answers a submission with 503, Retry-After and problem details — as deploy/README says.
/// </summary>
[Collection(ProcessTestGroup.Name)]
public sealed class BrokerOutageReadinessTests(ITestOutputHelper output)
{
    static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);
    static readonly string[] GlbOnly = ["glb"];

    [Fact]
    public async Task Workers_are_not_ready_and_intake_answers_503_with_retry_after_while_the_broker_is_unreachable()
    {
        await using var gateway = await GatewayDeployment.StartAsync();
        using var probe = new HttpClient();
        Assert.Equal(HttpStatusCode.OK, await ReadinessAsync(probe, gateway.RodinAdapter.BaseAddress));
        Assert.Equal(HttpStatusCode.OK, await ReadinessAsync(probe, gateway.Results.BaseAddress));

        await RabbitMqCtl.RunAsync("delete_vhost", gateway.VirtualHost.Name);
        try
        {
            var adapter = await WaitForReadinessAsync(probe, gateway.RodinAdapter.BaseAddress, HttpStatusCode.ServiceUnavailable);
            var results = await WaitForReadinessAsync(probe, gateway.Results.BaseAddress, HttpStatusCode.ServiceUnavailable);
            var intake = await ReadinessAsync(probe, gateway.Intake.BaseAddress);

            using var response = await gateway.IntakeClient.PostAsJsonAsync("v1/generations", new
            {
                tenantId = GatewayDeployment.Tenant,
                vendor = RodinRequestRules.Key,
                kind = "text-to-3d",
                inputs = new { prompt = "a chair during a broker outage" },
                options = new { quality = "medium", outputFormats = GlbOnly },
                vendorOptions = new { tier = "Regular" },
            });
            var body = await response.Content.ReadAsStringAsync();
            output.WriteLine($"[broker outage] readiness: rodin adapter {(int)adapter}, results {(int)results}, intake {(int)intake}; " +
                $"a submission answered {(int)response.StatusCode}, Retry-After {response.Headers.RetryAfter}, {response.Content.Headers.ContentType}: {body}");

            Assert.Equal(HttpStatusCode.OK, intake);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        finally
        {
            // The deployment deletes its virtual host when disposed.
            await RabbitMqCtl.RunAsync("add_vhost", gateway.VirtualHost.Name);
        }
    }

    static async Task<HttpStatusCode> ReadinessAsync(HttpClient probe, Uri service)
    {
        using var response = await probe.GetAsync(new Uri(service, "health/ready"));
        return response.StatusCode;
    }

    static async Task<HttpStatusCode> WaitForReadinessAsync(HttpClient probe, Uri service, HttpStatusCode expected)
    {
        var deadline = DateTime.UtcNow + Deadline;
        while (true)
        {
            var status = await ReadinessAsync(probe, service);
            if (status == expected || DateTime.UtcNow > deadline)
            {
                Assert.True(status == expected, $"{service}health/ready answered {(int)status}, not {(int)expected}, within {Deadline}");
                return status;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250));
        }
    }
}
