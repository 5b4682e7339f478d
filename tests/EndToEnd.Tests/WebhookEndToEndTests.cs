using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GenerationGateway.TestSupport;
using GenerationGateway.TestSupport.Infrastructure.Webhooks;
using StandardWebhooks;
using Xunit.Abstractions;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// The webhook service as its own process beside intake, the Rodin adapter and results, on real RabbitMQ and PostgreSQL,
/// delivering to a receiver that verifies every delivery with the StandardWebhooks package.
/// </summary>
[Collection(ProcessTestGroup.Name)]
public sealed class WebhookEndToEndTests(ITestOutputHelper output) : IAsyncLifetime
{
    static readonly TimeSpan DeliveryTimeout = TimeSpan.FromSeconds(90);
    readonly WebhookReceiver _receiver = new();
    GatewayDeployment _gateway = null!;
    HttpClient _webhooks = null!;

    public async Task InitializeAsync()
    {
        _gateway = await GatewayDeployment.StartAsync();
        _webhooks = await _gateway.StartWebhooksAsync(_receiver.HostAndPort);
        output.WriteLine($"End-to-end against real services: {_gateway.Description}");
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_completed_generation_is_delivered_signed_and_after_three_500s_again_with_the_same_webhook_id()
    {
        var secret = await RegisterAsync("generation.completed");
        _receiver.AnswerNext(500, 500, 500);

        var id = await _gateway.SubmitRodinAsync("a chair for the webhook");
        await _gateway.WaitForStatusAsync(id, "completed");
        List<ReceivedWebhook> Completions() => [.. _receiver.Received.Where(x => x.Type == "generation.completed" && x.GenerationId == id)];
        await Eventually.HoldsAsync(() => Completions().Any(x => x.AnsweredStatus == 200), DeliveryTimeout, Outputs);
        var deliveries = Completions();

        Assert.Equal([500, 500, 500, 200], deliveries.Select(x => x.AnsweredStatus));
        Assert.Single(deliveries.Select(x => x.Id).Distinct());
        Assert.All(deliveries, delivery => new StandardWebhook(secret).Verify(delivery.Body, delivery.Headers));
        var data = JsonDocument.Parse(deliveries[^1].Body).RootElement.GetProperty("data");
        Assert.Equal("completed", data.GetProperty("status").GetString());
        Assert.Equal(GatewayDeployment.Tenant, data.GetProperty("tenantId").GetString());
        Assert.Contains(data.GetProperty("assets").EnumerateArray(), asset => asset.GetProperty("role").GetString() == "model");

        var listed = JsonNode.Parse(await _webhooks.GetStringAsync(new Uri($"v1/webhook-deliveries?generationId={id}", UriKind.Relative)))!["items"]!.AsArray();
        var delivery = Assert.Single(listed)!;
        Assert.Equal("delivered", delivery["status"]!.GetValue<string>());
        Assert.Equal(4, delivery["attempts"]!.AsArray().Count);
        output.WriteLine($"Generation {id}: {deliveries.Count} POSTs with webhook-id {deliveries[0].Id}, each verified.");
    }

    [Fact]
    public async Task Deliveries_pending_when_the_webhook_service_is_killed_all_arrive_after_its_restart()
    {
        var secret = await RegisterAsync("generation.accepted", "generation.completed");
        _receiver.Down = true;
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await _gateway.SubmitRodinAsync($"a crate for the restart {i}"));
        }

        foreach (var id in ids)
        {
            await _gateway.WaitForStatusAsync(id, "completed");
        }

        // Every event is stored as a delivery and none has gone out: then the service dies (kill -9).
        await Eventually.HoldsAsync(
            async () => await _gateway.WebhooksDatabase!.ScalarAsync<long>("SELECT count(*) FROM webhooks.deliveries WHERE status = 'pending'") == 6,
            DeliveryTimeout, Outputs);
        Assert.DoesNotContain(_receiver.Received, x => x.AnsweredStatus == 200);
        _gateway.Webhooks!.Kill();
        _receiver.Down = false;
        _webhooks = await _gateway.ReplaceWebhooksAsync();

        List<ReceivedWebhook> Delivered() => [.. _receiver.Received.Where(x => x.AnsweredStatus == 200)];
        await Eventually.HoldsAsync(() => Delivered().Count >= 6, DeliveryTimeout, Outputs);
        var delivered = Delivered();
        foreach (var id in ids)
        {
            Assert.Contains(delivered, x => x.GenerationId == id && x.Type == "generation.accepted");
            Assert.Contains(delivered, x => x.GenerationId == id && x.Type == "generation.completed");
        }

        Assert.All(delivered, x => new StandardWebhook(secret).Verify(x.Body, x.Headers));
        Assert.Equal(0, await _gateway.WebhooksDatabase!.ScalarAsync<long>("SELECT count(*) FROM webhooks.deliveries WHERE status <> 'delivered'"));
        output.WriteLine($"{delivered.Count} deliveries arrived after the restart, {_receiver.Received.Count} POSTs in all.");
    }

    async Task<string> RegisterAsync(params string[] events)
    {
        using var response = await _webhooks.PostAsJsonAsync("v1/webhooks", new { url = _receiver.Hook.ToString(), events });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"POST /v1/webhooks answered {(int)response.StatusCode}: {body}");
        return JsonNode.Parse(body)!["secret"]!.GetValue<string>();
    }

    string Outputs() => $"{_gateway.Outputs()}\n--- webhooks ---\n{_gateway.Webhooks?.Output}";
}
