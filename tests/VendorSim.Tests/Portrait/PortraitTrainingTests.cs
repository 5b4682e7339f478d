namespace GenerationGateway.VendorSim.Tests.Portrait;

public sealed class PortraitTrainingTests
{
    [Theory]
    [InlineData(7)]
    [InlineData(21)]
    public async Task A_training_takes_eight_to_twenty_images(int count)
    {
        using var portrait = PortraitTestClient.Start();
        var paths = await portrait.UploadManyAsync(count);

        var answer = await portrait.CreateUserModelAsync(new { img_set = paths });

        Assert.Equal(200, answer.Status);
        Assert.NotEqual(0, answer.Ret);
        Assert.Contains("8 to 20", answer.Json.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_path_must_have_been_returned_by_upload_file()
    {
        using var portrait = PortraitTestClient.Start();
        var paths = await portrait.UploadManyAsync(8);
        paths[3] = "user_upload/T0000000000101/not-uploaded.jpg";

        var answer = await portrait.CreateUserModelAsync(new { img_set = paths });

        Assert.NotEqual(0, answer.Ret);
        Assert.Contains("img_set[3]", answer.Json.GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Training_goes_waiting_running_success_and_only_then_is_the_user_id_usable()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        var (taskId, userId) = await portrait.TrainAsync();
        Assert.Matches("^U[0-9]{13}$", userId);

        var states = new List<int>();
        states.Add(State(await portrait.QueryAsync(taskId)));
        var early = await portrait.CreateTaskAsync(userId, PortraitTestClient.SeedStyles[0]);
        factory.Clock.Advance(TimeSpan.FromSeconds(1.5));
        states.Add(State(await portrait.QueryAsync(taskId)));
        factory.Clock.Advance(TimeSpan.FromSeconds(1.5));
        var done = (await portrait.QueryAsync(taskId)).OkBody;
        states.Add(done.GetProperty("state").GetInt32());

        Assert.Equal([1, 2, 3], states);
        Assert.Equal(1, done.GetProperty("tsk_type").GetInt32());
        Assert.Equal(taskId, done.GetProperty("id").GetString());
        Assert.Equal(0, done.GetProperty("result_paths").GetArrayLength());
        Assert.Equal(3, early.Ret);
        Assert.Equal(0, (await portrait.CreateTaskAsync(userId, PortraitTestClient.SeedStyles[0])).Ret);
    }

    [Fact]
    public async Task A_failed_training_ends_in_state_5_and_its_user_id_never_generates()
    {
        using var factory = new PortraitSimFactory();
        using var portrait = factory.CreatePortraitClient();
        await portrait.EnqueueFaultsAsync("""{"kind":"training-failed"}""");

        var (taskId, userId) = await portrait.TrainAsync();
        factory.Clock.Advance(PortraitSimFactory.TrainingTime);

        Assert.Equal(5, State(await portrait.QueryAsync(taskId)));
        Assert.Equal(3, (await portrait.CreateTaskAsync(userId, PortraitTestClient.SeedStyles[0])).Ret);
    }

    [Fact]
    public async Task An_unknown_user_id_or_task_id_is_refused()
    {
        using var portrait = PortraitTestClient.Start();

        Assert.Equal(2, (await portrait.CreateTaskAsync("U0000000099999", PortraitTestClient.SeedStyles[0])).Ret);
        Assert.Equal(2, (await portrait.QueryAsync(Guid.NewGuid().ToString())).Ret);
    }

    static int State(PortraitTestClient.Answer answer) => answer.OkBody.GetProperty("state").GetInt32();
}
