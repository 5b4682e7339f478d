using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GenerationGateway.VendorRules.Rodin;
using Xunit.Abstractions;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// A RabbitMQ node is lost (frozen, its connections silent) while jobs run on a three-node cluster: the gateway's queues are quorum queues (replicated), every
/// service notices by its heartbeat and reconnects to a surviving node, and every job completes exactly once. The cluster is this test's own
/// (tests/rabbitmq-cluster.sh, Docker), and tests/run.sh runs this category on its own.
/// </summary>
[Collection(ProcessTestGroup.Name)]
[Trait("Category", Category)]
public sealed class BrokerClusterTests(ITestOutputHelper output)
{
    public const string Category = "BrokerCluster";

    const int JobsBeforeLoss = 8;
    const int JobsAfterLoss = 4;
    static readonly string[] GlbOnly = ["glb"];
    static readonly TimeSpan SubmitDeadline = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Every_job_completes_once_when_a_cluster_node_is_lost_mid_run()
    {
        await using var cluster = await RabbitMqCluster.StartAsync();
        output.WriteLine($"[rabbitmq cluster] {cluster.Started}");
        await using var gateway = await GatewayDeployment.StartOnClusterAsync(cluster);
        output.WriteLine($"[rabbitmq cluster] {gateway.Description}");

        var queues = await RabbitMqCluster.CtlAsync(2, "list_queues", "-q", "name", "type", "members", "leader");
        output.WriteLine($"[rabbitmq cluster] queues before the loss:\n{queues}");
        var workflowQueue = queues.Split('\n').Single(line => line.StartsWith("rodin-workflow\t", StringComparison.Ordinal));
        Assert.Contains("\tquorum\t", workflowQueue, StringComparison.Ordinal);
        Assert.Equal(RabbitMqCluster.Nodes, workflowQueue.Split("rabbit@").Length - 2);

        var ids = new List<Guid>();
        for (var i = 0; i < JobsBeforeLoss; i++)
        {
            ids.Add(await gateway.SubmitRodinAsync($"a chair on the cluster {i}"));
        }

        try
        {
            // Accepted: the vendor has the first job. "processing" lasts only while its assets are collected (Rodin's first check,
            // 5 s after the answer, finds the simulator's job done), so a poll can miss it (ci14).
            await gateway.WaitForStatusAsync(ids[0], "accepted");
        }
        catch (TimeoutException)
        {
            output.WriteLine(gateway.Outputs());
            throw;
        }

        output.WriteLine($"[rabbitmq cluster] {await cluster.LoseAsync(1)} with {JobsBeforeLoss} jobs in flight");

        var unavailable = 0;
        for (var i = 0; i < JobsAfterLoss; i++)
        {
            var (id, refused) = await SubmitUntilAcceptedAsync(gateway, $"a chair after the loss {i}");
            ids.Add(id);
            unavailable += refused;
        }

        var statuses = new List<string>();
        foreach (var id in ids)
        {
            var generation = await gateway.WaitForTerminalAsync(id);
            statuses.Add(generation["status"]!.GetValue<string>());
        }

        var submits = await gateway.SubmitCountAsync();
        var completedRows = 0L;
        foreach (var id in ids)
        {
            var (_, completed, _) = await gateway.ResultRowsAsync(id);
            completedRows += completed;
            Assert.Equal(1, completed);
        }

        var after = await RabbitMqCluster.CtlAsync(2, "list_queues", "-q", "name", "type", "leader", "messages");
        output.WriteLine($"[rabbitmq cluster] queues after the loss:\n{after}");
        output.WriteLine($"[rabbitmq cluster] {ids.Count} jobs ({JobsBeforeLoss} before the loss, {JobsAfterLoss} after; intake answered 503 " +
            $"{unavailable} times meanwhile): {statuses.Count(s => s == "completed")} completed, vendor submits {submits}, completed result rows {completedRows}");
        Assert.All(statuses, status => Assert.Equal("completed", status));
        Assert.Equal(ids.Count, submits);
    }

    /// <summary>Submits until intake accepts: while the bus reconnects, intake answers 503 with Retry-After (problem details).</summary>
    static async Task<(Guid Id, int Refused)> SubmitUntilAcceptedAsync(GatewayDeployment gateway, string prompt)
    {
        var deadline = DateTime.UtcNow + SubmitDeadline;
        var refused = 0;
        while (true)
        {
            using var response = await gateway.IntakeClient.PostAsJsonAsync("v1/generations", new
            {
                tenantId = GatewayDeployment.Tenant,
                vendor = RodinRequestRules.Key,
                kind = "text-to-3d",
                inputs = new { prompt },
                options = new { quality = "medium", outputFormats = GlbOnly },
                vendorOptions = new { tier = "Regular" },
            });
            var text = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.Accepted)
            {
                return (JsonDocument.Parse(text).RootElement.GetProperty("generationId").GetGuid(), refused);
            }

            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"Intake answered {(int)response.StatusCode}: {text}");
            Assert.NotNull(response.Headers.RetryAfter);
            Assert.True(DateTime.UtcNow < deadline, $"Intake still refused after {SubmitDeadline}: {text}");
            refused++;
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }
    }
}
