using System.Text.Json.Nodes;
using Xunit.Abstractions;
using GenerationGateway.VendorRules.Portrait;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// The AI portrait API through the public HTTP API, its adapter its own process with its callbacks reachable by the
/// simulator and its trained models in PostgreSQL: a subject is trained once, then generated again without training.
/// </summary>
[Collection(ProcessTestGroup.Name)]
public sealed class PortraitEndToEndTests(PortraitFlowFixture fixture, ITestOutputHelper output) : IClassFixture<PortraitFlowFixture>
{
    static readonly TimeSpan CallbackTimeout = TimeSpan.FromSeconds(15);

    readonly GatewayDeployment _gateway = fixture.Gateway;

    [Fact]
    public async Task A_portrait_set_of_a_new_subject_trains_once_and_completes_with_one_paid_submit()
    {
        var subject = "subject-" + Guid.NewGuid().ToString("N");

        var flow = await VendorFlow.RunAsync(_gateway, PortraitRequestRules.Key, TrainAndGenerate(subject, PortraitDeployment.FirstStyle));

        var trainings = await TrainingsAsync(flow.GenerationId);
        var callbacks = await CallbacksAsync(flow.GenerationId, expected: 2);
        output.WriteLine($"{flow}; trainings {trainings}; callbacks answered {string.Join(", ", callbacks)}");
        Assert.Equal(1, flow.PaidSubmits);
        Assert.Equal(1, trainings);
        Assert.Equal(1, flow.ResultRows);
        Assert.Equal(1, flow.CompletedRows);
        Assert.Equal(flow.AssetsVerified, flow.AssetRows);
        Assert.All(flow.Generation["assets"]!.AsArray(), a => Assert.Equal("photo", a!["role"]!.GetValue<string>()));
        Assert.All(callbacks, status => Assert.Equal(200, status));
    }

    [Fact]
    public async Task A_second_portrait_set_of_the_same_subject_reuses_its_trained_model()
    {
        var subject = "subject-" + Guid.NewGuid().ToString("N");
        var first = await VendorFlow.RunAsync(_gateway, PortraitRequestRules.Key, TrainAndGenerate(subject, PortraitDeployment.FirstStyle));
        output.WriteLine(first.ToString());
        var trainingsBefore = await TrainingsAsync(null);

        var second = await VendorFlow.RunAsync(_gateway, PortraitRequestRules.Key, new
        {
            tenantId = "e2e",
            vendor = PortraitRequestRules.Key,
            kind = "portrait-photo-set",
            inputs = new { subjectReference = subject },
            options = new { style = PortraitDeployment.SecondStyle },
            vendorOptions = new { reuseTrainedModel = true },
        });

        var trainingsAfter = await TrainingsAsync(null);
        output.WriteLine($"{second}; trainings for it {await TrainingsAsync(second.GenerationId)}; trainings in the simulator before {trainingsBefore}, after {trainingsAfter}");
        Assert.Equal(1, first.CompletedRows);
        Assert.Equal(1, second.PaidSubmits);
        Assert.Equal(1, second.CompletedRows);
        Assert.Equal(second.AssetsVerified, second.AssetRows);
        Assert.Equal(0, await TrainingsAsync(second.GenerationId));
        Assert.Equal(trainingsBefore, trainingsAfter);
    }

    object TrainAndGenerate(string subject, string style) => new
    {
        tenantId = "e2e",
        vendor = PortraitRequestRules.Key,
        kind = "portrait-photo-set",
        inputs = new
        {
            subjectReference = subject,
            images = Enumerable.Repeat(new { url = PortraitDeployment.SamplePhoto(_gateway.Simulator.BaseAddress) }, 8).ToArray(),
        },
        options = new { style },
    };

    /// <summary>Trainings the simulator was asked for: those a generation started (its id is in the callback URL), or all.</summary>
    async Task<int> TrainingsAsync(Guid? generationId) =>
        (await _gateway.SimulatorRequestsAsync(PortraitRequestRules.Key)).OfType<JsonNode>().Count(r =>
            r["method"]!.GetValue<string>() == "POST"
            && r["path"]!.GetValue<string>() == PortraitDeployment.TrainingPath
            && (generationId is null || r.ToJsonString().Contains(generationId.Value.ToString(), StringComparison.Ordinal)));

    /// <summary>Waits for the simulator to have called the generation back <paramref name="expected"/> times; the status each call was answered with.</summary>
    async Task<IReadOnlyList<int?>> CallbacksAsync(Guid generationId, int expected)
    {
        var deadline = DateTime.UtcNow + CallbackTimeout;
        List<int?> statuses = [];
        while (DateTime.UtcNow < deadline)
        {
            var deliveries = JsonNode.Parse(await _gateway.SimulatorClient.GetStringAsync(new Uri("_sim/portrait/callbacks", UriKind.Relative)))!.AsArray();
            statuses = [.. deliveries
                .Where(d => d!["url"]!.GetValue<string>().Contains(generationId.ToString(), StringComparison.Ordinal))
                .Select(d => d!["responseStatus"]?.GetValue<int>())];
            if (statuses.Count >= expected)
            {
                return statuses;
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"The simulator called generation {generationId} back {statuses.Count} time(s), not {expected}.\n{_gateway.Outputs()}");
    }
}
