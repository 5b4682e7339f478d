using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Identity;
using Xunit.Abstractions;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// Two tenants through two intake replicas and results, as separate processes on RabbitMQ and PostgreSQL sharing one
/// identity store: keys made on one replica work on every service, each tenant sees only its own generations, and a
/// revoked key stops working on every replica within 10 s.
/// </summary>
[Collection(ProcessTestGroup.Name)]
public sealed class TenancyEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    static readonly TimeSpan RevocationDeadline = TimeSpan.FromSeconds(10);

    GatewayDeployment _gateway = null!;

    public async Task InitializeAsync()
    {
        _gateway = await GatewayDeployment.StartAsync();
        output.WriteLine($"End-to-end against real services: {_gateway.Description}");
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task Two_tenants_on_two_intake_replicas_see_only_their_own_and_a_revoked_key_stops_everywhere()
    {
        var replica = await _gateway.StartIntakeReplicaAsync();
        using var admin = new HttpClient { BaseAddress = _gateway.Intake.BaseAddress };
        var (keyA, keyAId) = await TestApiKeys.CreateAsync(admin, "tenant-a");
        var (keyB, _) = await TestApiKeys.CreateAsync(admin, "tenant-b");
        using var intakeA = GatewayDeployment.ClientOf(replica, keyA);
        using var intakeB = GatewayDeployment.ClientOf(_gateway.Intake, keyB);
        using var intakeBOnReplica = GatewayDeployment.ClientOf(replica, keyB);
        using var resultsA = GatewayDeployment.ClientOf(_gateway.Results, keyA);
        using var resultsB = GatewayDeployment.ClientOf(_gateway.Results, keyB);

        // A key made on one replica works on the other; one idempotency key of two tenants makes two generations.
        var idA = await SubmitAsync(intakeA, "shared-key");
        var idB = await SubmitAsync(intakeB, "shared-key");
        Assert.NotEqual(idA, idB);
        using (var otherTenantInBody = await intakeBOnReplica.PostAsJsonAsync("v1/generations", Rodin("tenant-a")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, otherTenantInBody.StatusCode);
        }

        var generationA = await WaitForCompletedAsync(resultsA, idA);
        await WaitForCompletedAsync(resultsB, idB);
        var assetUrl = new Uri(generationA["assets"]![0]!["url"]!.GetValue<string>());

        // Tenant B meets tenant A's generation as if it did not exist: get, cancel (on either replica), asset, list.
        using (var get = await resultsB.GetAsync(new Uri($"v1/generations/{idA}", UriKind.Relative)))
        using (var cancel = await intakeBOnReplica.DeleteAsync(new Uri($"v1/generations/{idA}", UriKind.Relative)))
        using (var asset = await resultsB.GetAsync(new Uri(assetUrl.AbsolutePath, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, asset.StatusCode);
        }

        var listB = JsonNode.Parse(await resultsB.GetStringAsync(new Uri("v1/generations", UriKind.Relative)))!["items"]!.AsArray();
        Assert.Equal([idB], listB.Select(item => item!["id"]!.GetValue<Guid>()));

        // Tenant A's own asset loads through its signed URL without any header.
        using (var anonymous = new HttpClient())
        {
            Assert.Equal("glTF"u8.ToArray(), (await anonymous.GetByteArrayAsync(assetUrl))[..4]);
        }

        // Revoked on one replica: refused by the other replica and by results within the deadline.
        using (var authenticated = await PostEmptyAsync(intakeA))
        {
            Assert.Equal(HttpStatusCode.BadRequest, authenticated.StatusCode);
        }

        using var revoke = new HttpRequestMessage(HttpMethod.Delete, new Uri($"v1/admin/api-keys/{keyAId}", UriKind.Relative));
        revoke.Headers.Authorization = new("Bearer", TestApiKeys.AdminKey);
        using (var revoked = await admin.SendAsync(revoke))
        {
            Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        }

        var clock = Stopwatch.StartNew();
        await Eventually.HoldsAsync(
            async () =>
            {
                using var onReplica = await PostEmptyAsync(intakeA);
                using var onResults = await resultsA.GetAsync(new Uri($"v1/generations/{idA}", UriKind.Relative));
                return onReplica.StatusCode == HttpStatusCode.Unauthorized && onResults.StatusCode == HttpStatusCode.Unauthorized;
            },
            RevocationDeadline,
            () => "The revoked key still worked on the other intake replica or on results.",
            TimeSpan.FromMilliseconds(200));
        output.WriteLine($"Tenants kept apart on two replicas; the revoked key was refused everywhere after {clock.Elapsed.TotalSeconds:0.0} s.");
    }

    static async Task<Guid> SubmitAsync(HttpClient intake, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("v1/generations", UriKind.Relative)) { Content = JsonContent.Create(Rodin(tenantId: null)) };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        using var response = await intake.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"Intake answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["generationId"]!.GetValue<Guid>();
    }

    /// <summary>An empty JSON body: 400 for a valid key (nothing is published), 401 for a revoked one.</summary>
    static Task<HttpResponseMessage> PostEmptyAsync(HttpClient intake) => intake.PostAsJsonAsync("v1/generations", new { });

    Task<JsonObject> WaitForCompletedAsync(HttpClient results, Guid id)
    {
        JsonObject? last = null;
        return Eventually.ValueAsync(
            async () =>
            {
                using var response = await results.GetAsync(new Uri($"v1/generations/{id}", UriKind.Relative));
                last = response.IsSuccessStatusCode ? (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())! : last;
                return last?["status"]?.GetValue<string>() == "completed" ? last : null;
            },
            GatewayDeployment.GenerationTimeout,
            () => $"Generation {id} did not complete; last seen: {last?.ToJsonString() ?? "(nothing)"}\n{_gateway.Outputs()}",
            TimeSpan.FromMilliseconds(200));
    }

    static object Rodin(string? tenantId) => new
    {
        tenantId,
        vendor = RodinRequestRules.Key,
        kind = "text-to-3d",
        inputs = new { prompt = "a chair of one tenant" },
        options = new { quality = "medium", outputFormats = new[] { "glb" } },
        vendorOptions = new { tier = "Regular" },
    };
}
