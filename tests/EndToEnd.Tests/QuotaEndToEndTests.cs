using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Identity;
using Xunit.Abstractions;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// Quotas hold in total, not per replica: two intake processes on one RabbitMQ virtual host and one PostgreSQL database,
/// two tenants with their own limits. The Rodin adapter starts only later, so every accepted generation stays in flight
/// until then; once it runs, the terminal events free the slots.
/// </summary>
[Collection(ProcessTestGroup.Name)]
public sealed class QuotaEndToEndTests(ITestOutputHelper output)
{
    const int Attempts = 12;

    [Fact]
    public async Task Two_intake_replicas_hold_each_tenants_limits_in_total_and_free_slots_when_generations_end()
    {
        await using var gateway = await GatewayDeployment.StartWithoutAdaptersAsync([new RodinDeployment()]);
        using var first = new HttpClient { BaseAddress = gateway.Intake.BaseAddress };
        using var second = new HttpClient { BaseAddress = (await gateway.StartIntakeReplicaAsync()).BaseAddress };
        var replicas = new[] { first, second };
        output.WriteLine($"End-to-end against real services: {gateway.Description}, and a second intake replica");
        var (capped, paced) = ($"e2e-capped-{Guid.NewGuid():N}", $"e2e-paced-{Guid.NewGuid():N}");
        var keys = new Dictionary<string, string>
        {
            [capped] = (await TestApiKeys.CreateAsync(replicas[0], capped)).Key,
            [paced] = (await TestApiKeys.CreateAsync(replicas[1], paced)).Key,
        };

        // Each tenant's quota set through one replica, enforced by both.
        await PutQuotaAsync(replicas[0], capped, new JsonObject { ["requestsPerSecond"] = 1000, ["maxInFlight"] = 5, ["maxInFlightPerVendor"] = 3 });
        await PutQuotaAsync(replicas[1], paced, new JsonObject { ["requestsPerSecond"] = 0.05 });

        var clock = Stopwatch.StartNew();
        var cappedAnswers = await SubmitConcurrentlyAsync(replicas, capped, keys[capped]);
        var pacedAnswers = await SubmitConcurrentlyAsync(replicas, paced, keys[paced]);
        var elapsed = clock.Elapsed;

        Assert.Equal(3, cappedAnswers.Count(x => x.Status == HttpStatusCode.Accepted));
        Assert.All(cappedAnswers.Where(x => x.Status != HttpStatusCode.Accepted), x => Assert.Equal((HttpStatusCode.TooManyRequests, "maxInFlightPerVendor"), (x.Status, x.Limit)));
        // One token in the bucket, then one per 20 s: whatever the machine's pace, no more than that in total.
        var pacedAllowed = 1 + (int)Math.Floor(elapsed.TotalSeconds * 0.05);
        Assert.InRange(pacedAnswers.Count(x => x.Status == HttpStatusCode.Accepted), 1, pacedAllowed);
        Assert.All(pacedAnswers.Where(x => x.Status != HttpStatusCode.Accepted), x => Assert.Equal("requestsPerSecond", x.Limit));
        Assert.All(cappedAnswers.Concat(pacedAnswers).Where(x => x.Status == HttpStatusCode.TooManyRequests), x => Assert.True(x.RetryAfter >= TimeSpan.FromSeconds(1)));
        output.WriteLine($"capped: {Summary(cappedAnswers)}; paced: {Summary(pacedAnswers)} in {elapsed.TotalSeconds:0.0} s");

        // Nothing refused reached the bus: results saw exactly the accepted generations.
        var accepted = cappedAnswers.Select(x => (Key: keys[capped], x.Id)).Concat(pacedAnswers.Select(x => (Key: keys[paced], x.Id)))
            .Where(x => x.Id is not null).Select(x => (x.Key, Id: x.Id!.Value)).ToList();
        foreach (var (key, id) in accepted)
        {
            await WaitForStatusAsync(gateway, key, id, status => status is not null, "recorded");
        }

        Assert.Equal(3, await CountResultsAsync(gateway, keys[capped]));
        Assert.Equal(pacedAnswers.Count(x => x.Id is not null), await CountResultsAsync(gateway, keys[paced]));

        // The adapter starts, the generations end, and the slots come back on every replica.
        await gateway.StartAdapterAsync(RodinRequestRules.Key);
        foreach (var (key, id) in accepted)
        {
            await WaitForStatusAsync(gateway, key, id, status => status is "completed" or "failed" or "cancelled", "terminal");
            Assert.Equal("completed", (await GetJsonAsync(gateway.ResultsClient, $"v1/generations/{id}", key))["status"]!.GetValue<string>());
        }

        await Eventually.HoldsAsync(
            async () => (await GetQuotaAsync(replicas[1], capped))["inFlight"]!.GetValue<int>() == 0,
            GatewayDeployment.GenerationTimeout,
            () => $"The slots of the completed generations were never freed.\n{gateway.Outputs()}");
        var again = await SubmitConcurrentlyAsync(replicas, capped, keys[capped]);
        Assert.Equal(3, again.Count(x => x.Status == HttpStatusCode.Accepted));
        output.WriteLine($"After the first ones completed, capped again: {Summary(again)}");
    }

    static async Task<List<Answer>> SubmitConcurrentlyAsync(HttpClient[] replicas, string tenant, string key)
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, Attempts).Select(i => SubmitAsync(replicas[i % replicas.Length], tenant, key, i)));
        return [.. answers];
    }

    static async Task<Answer> SubmitAsync(HttpClient intake, string tenant, string key, int index)
    {
        var body = new JsonObject
        {
            ["tenantId"] = tenant,
            ["vendor"] = RodinRequestRules.Key,
            ["kind"] = "text-to-3d",
            ["inputs"] = new JsonObject { ["prompt"] = $"quota chair {index}" },
            ["options"] = new JsonObject { ["quality"] = "medium", ["outputFormats"] = new JsonArray("glb") },
            ["vendorOptions"] = new JsonObject { ["tier"] = "Regular" },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/generations") { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await intake.SendAsync(request);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return new Answer(
            response.StatusCode,
            response.StatusCode == HttpStatusCode.Accepted ? json["generationId"]!.GetValue<Guid>() : null,
            json["limit"]?.GetValue<string>(),
            response.Headers.RetryAfter?.Delta);
    }

    static async Task PutQuotaAsync(HttpClient intake, string tenant, JsonObject quota)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, $"v1/admin/tenants/{tenant}/quota") { Content = JsonContent.Create(quota) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestApiKeys.AdminKey);
        using var response = await intake.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    static Task<JsonObject> GetQuotaAsync(HttpClient intake, string tenant) =>
        GetJsonAsync(intake, $"v1/admin/tenants/{tenant}/quota", TestApiKeys.AdminKey);

    /// <summary>What results lists for the key's tenant: exactly the generations intake accepted for it.</summary>
    static async Task<long> CountResultsAsync(GatewayDeployment gateway, string key) =>
        (await GetJsonAsync(gateway.ResultsClient, "v1/generations", key))["totalCount"]!.GetValue<long>();

    /// <summary>Polls results with the generation's tenant's key (another tenant's generation answers 404).</summary>
    static Task WaitForStatusAsync(GatewayDeployment gateway, string key, Guid id, Func<string?, bool> reached, string what) =>
        Eventually.HoldsAsync(
            async () =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, $"v1/generations/{id}");
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
                using var response = await gateway.ResultsClient.SendAsync(request);
                return response.IsSuccessStatusCode
                    && reached(JsonNode.Parse(await response.Content.ReadAsStringAsync())?["status"]?.GetValue<string>());
            },
            GatewayDeployment.GenerationTimeout,
            () => $"Generation {id} never became {what}.\n{gateway.Outputs()}");

    static async Task<JsonObject> GetJsonAsync(HttpClient client, string uri, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{uri} answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    static string Summary(IEnumerable<Answer> answers) =>
        string.Join(", ", answers.GroupBy(x => (int)x.Status).Select(x => $"{x.Count()}×{x.Key}"));

    sealed record Answer(HttpStatusCode Status, Guid? Id, string? Limit, TimeSpan? RetryAfter);
}
