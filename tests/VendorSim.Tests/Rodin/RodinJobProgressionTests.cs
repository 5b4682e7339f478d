using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.Rodin;

public sealed class RodinJobProgressionTests
{
    private static VendorSimFactory TimedFactory() => new(new Dictionary<string, string?>
    {
        ["VendorSim:Rodin:WaitingDuration"] = "00:00:10",
        ["VendorSim:Rodin:GeneratingDuration"] = "00:00:20",
    });

    [Fact]
    public async Task Jobs_move_from_waiting_to_generating_to_done_on_their_own_timelines()
    {
        using var factory = TimedFactory();
        using var rodin = factory.CreateRodinClient();
        var task = await rodin.SubmitTextAsync();

        Assert.Equal(["Waiting", "Waiting"], await rodin.JobStatusesAsync(task));
        factory.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(["Generating", "Generating"], await rodin.JobStatusesAsync(task));
        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(["Done", "Generating"], await rodin.JobStatusesAsync(task));
        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(["Done", "Done"], await rodin.JobStatusesAsync(task));
    }

    [Fact]
    public async Task Status_lists_the_jobs_of_the_submit_answer_in_order()
    {
        using var rodin = RodinTestClient.Start();
        var task = await rodin.SubmitTextAsync();

        var (status, body) = await rodin.StatusAsync(task.GetProperty("jobs").GetProperty("subscription_key").GetString()!);

        Assert.Equal(200, status);
        Assert.Equal(
            task.GetProperty("jobs").GetProperty("uuids").EnumerateArray().Select(j => j.GetString()),
            body.GetProperty("jobs").EnumerateArray().Select(j => j.GetProperty("uuid").GetString()));
    }

    [Fact]
    public async Task Status_accepts_a_form_encoded_subscription_key()
    {
        using var rodin = RodinTestClient.Start();
        var task = await rodin.SubmitTextAsync();
        using var form = new FormUrlEncodedContent([new("subscription_key", task.GetProperty("jobs").GetProperty("subscription_key").GetString()!)]);

        var (status, body) = await SimulatorAnswer.ReadAsync(await rodin.Http.PostAsync(new Uri("/rodin/api/v2/status", UriKind.Relative), form));

        Assert.Equal(200, status);
        Assert.All(body.GetProperty("jobs").EnumerateArray(), j => Assert.Equal("Done", j.GetProperty("status").GetString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-key")]
    public async Task Status_with_a_missing_or_unknown_key_is_an_invalid_request(string key)
    {
        using var rodin = RodinTestClient.Start();

        var (status, body) = await rodin.StatusAsync(key);

        Assert.Equal(200, status);
        Assert.Equal("INVALID_REQUEST", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task Status_is_keyed_by_subscription_key_not_by_uuid()
    {
        using var rodin = RodinTestClient.Start();
        var task = await rodin.SubmitTextAsync();

        var (_, body) = await rodin.StatusAsync(task.GetProperty("uuid").GetString()!);

        Assert.Equal("INVALID_REQUEST", body.GetProperty("error").GetString());
    }
}
