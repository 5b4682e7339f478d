using GenerationGateway.ServiceDefaults;
using GenerationGateway.TestSupport;
using Xunit.Abstractions;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// A 202 means someone will run it: on RabbitMQ + PostgreSQL, with intake and results up and the Rodin adapter never
/// started in the virtual host, an accepted request waits in the queue intake declared for Rodin, and completes once
/// the adapter starts (whose own declaration of that queue must agree with intake's, or it would not start).
/// </summary>
[Collection(ProcessTestGroup.Name)]
public sealed class UnstartedAdapterEndToEndTests(ITestOutputHelper output)
{
    static readonly TimeSpan QueueTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_request_accepted_before_its_adapter_ever_started_waits_in_its_queue_and_completes_once_it_starts()
    {
        await using var gateway = await GatewayDeployment.StartWithoutAdaptersAsync([new RodinDeployment()]);
        output.WriteLine($"End-to-end against real services: {gateway.Description}");
        var queue = GenerationTopology.VendorWorkflowQueue(RodinRequestRules.Key);

        var id = await gateway.SubmitRodinAsync("a chair that waited for its adapter");

        await gateway.WaitForStatusAsync(id, "requested");
        await Eventually.HoldsAsync(
            async () => await gateway.VirtualHost.QueueMessagesAsync(queue) == 1,
            QueueTimeout,
            () => $"The request never reached queue {queue}.\n{gateway.Outputs()}");
        output.WriteLine($"Generation {id} is 'requested' and waits in {queue} with no Rodin adapter running.");

        await gateway.StartAdapterAsync(RodinRequestRules.Key);
        var generation = await gateway.WaitForTerminalAsync(id);

        Assert.Equal("completed", generation["status"]!.GetValue<string>());
        Assert.Equal(1, await gateway.SubmitCountAsync());
        output.WriteLine($"Generation {id} completed after the adapter started.");
    }
}
