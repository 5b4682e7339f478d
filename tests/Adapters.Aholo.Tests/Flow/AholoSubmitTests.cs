using System.Text.Json;
using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

/// <summary>The paid create call, with the resources preparation uploaded.</summary>
public sealed class AholoSubmitTests(AholoSimulator simulator) : AholoFlowTest(simulator), IClassFixture<AholoSimulator>
{
    JsonElement LastCreate(string call) => Simulator.Requests($"/project/{call}")[^1].JsonBody!.Value;

    [Fact]
    public async Task A_scene_reconstruction_creates_a_project_of_its_uploaded_images()
    {
        var request = AholoRequests.Scene(20);
        var (job, _) = await Flow.PrepareAsync(AholoFlow.Job(request));

        var submitted = await Flow.Workflow.SubmitAsync(job, CancellationToken.None);

        var body = LastCreate("create-3d-recon");
        Assert.Equal(
            (request.GenerationId.ToString(), "space", "NORMAL", 1, false, false),
            (body.GetProperty("projectName").GetString(), body.GetProperty("scene").GetString(), body.GetProperty("taskQuality").GetString(),
                body.GetProperty("accessLevel").GetInt32(), body.GetProperty("uploadSog").GetBoolean(), body.GetProperty("panorama").GetBoolean()));
        var resources = body.GetProperty("resources").EnumerateArray().ToList();
        Assert.Equal(20, resources.Count);
        Assert.Equal(AholoFlow.Input(job, 0).Url, body.GetProperty("cover").GetString());
        Assert.All(resources.Select((r, i) => (r, i)), x =>
        {
            Assert.Equal(($"view{x.i}.png", 0, AholoFlow.Input(job, x.i).Url), (x.r.GetProperty("name").GetString(), x.r.GetProperty("type").GetInt32(), x.r.GetProperty("url").GetString()));
            Assert.Equal((64, 48, JsonValueKind.Null), (x.r.GetProperty("meta").GetProperty("width").GetInt32(), x.r.GetProperty("meta").GetProperty("height").GetInt32(), x.r.GetProperty("meta").GetProperty("duration").ValueKind));
        });
        Assert.False(string.IsNullOrEmpty(submitted.VendorJobId));
        Assert.Equal(TimeSpan.FromSeconds(5), submitted.FirstCheckAfter);
        Assert.Equal("false", submitted.State[AholoVendorWorkflow.UploadSogState]);
    }

    [Fact]
    public async Task An_object_reconstruction_from_a_video_sends_it_as_type_1_with_its_duration()
    {
        var (job, _) = await Flow.PrepareAsync(AholoFlow.Job(AholoRequests.Create(TaskKind.ObjectReconstruction,
            new GenerationInputs { Videos = [new InputVideo { Url = "https://inputs.test/turntable.mp4" }] },
            """{"quality":"ULTRA","uploadSog":true,"accessLevel":0,"projectName":"Vase"}""")));

        var submitted = await Flow.Workflow.SubmitAsync(job, CancellationToken.None);

        var body = LastCreate("create-3d-recon");
        var video = Assert.Single(body.GetProperty("resources").EnumerateArray().ToList());
        Assert.Equal((1, 12.0, "turntable.mp4"), (video.GetProperty("type").GetInt32(), video.GetProperty("meta").GetProperty("duration").GetDouble(), video.GetProperty("name").GetString()));
        Assert.Equal(("model", "ULTRA", 0, true, "Vase"), (body.GetProperty("scene").GetString(), body.GetProperty("taskQuality").GetString(),
            body.GetProperty("accessLevel").GetInt32(), body.GetProperty("uploadSog").GetBoolean(), body.GetProperty("projectName").GetString()));
        Assert.Equal(JsonValueKind.Null, body.GetProperty("cover").ValueKind);
        Assert.Equal("true", submitted.State[AholoVendorWorkflow.UploadSogState]);
    }

    [Fact]
    public async Task A_text_generation_sends_its_prompt_alone()
    {
        var submitted = await Flow.Workflow.SubmitAsync(AholoFlow.Job(AholoRequests.Text("a sunlit loft")), CancellationToken.None);

        var body = LastCreate("create-3d-gen");
        Assert.Equal(["projectName", "prompt"], body.EnumerateObject().Select(p => p.Name));
        Assert.Equal("a sunlit loft", body.GetProperty("prompt").GetString());
        Assert.NotEmpty(submitted.VendorJobId);
    }

    [Fact]
    public async Task An_image_generation_sends_its_one_image_and_prompt()
    {
        var (job, _) = await Flow.PrepareAsync(AholoFlow.Job(AholoRequests.Image("warm light")));

        await Flow.Workflow.SubmitAsync(job, CancellationToken.None);

        var body = LastCreate("create-3d-gen");
        var image = Assert.Single(body.GetProperty("resources").EnumerateArray().ToList());
        Assert.Equal((0, AholoFlow.Input(job, 0).Url), (image.GetProperty("type").GetInt32(), image.GetProperty("url").GetString()));
        Assert.Equal("warm light", body.GetProperty("prompt").GetString());
        Assert.Equal(AholoFlow.Input(job, 0).Url, body.GetProperty("cover").GetString());
    }

    [Fact]
    public async Task Submitting_before_the_inputs_are_uploaded_is_a_bug_not_a_vendor_call()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Flow.Workflow.SubmitAsync(AholoFlow.Job(AholoRequests.Image()), CancellationToken.None));

        Assert.Empty(Simulator.Requests("/project/create-3d-gen"));
    }

    [Fact]
    public async Task Refused_credits_are_a_permanent_quota_failure()
    {
        await Simulator.InjectAsync(new { kind = "envelope-error", endpoint = "create-3d-gen", code = "11003", message = "Insufficient credits" });

        var failure = await Assert.ThrowsAsync<VendorCallException>(() => Flow.Workflow.SubmitAsync(AholoFlow.Job(AholoRequests.Text()), CancellationToken.None));

        Assert.Equal((VendorErrorKind.Rejected, FailureReason.VendorQuotaExhausted, "11003"), (failure.Kind, failure.Reason, failure.VendorCode));
    }

    [Fact]
    public async Task A_crashed_submit_cannot_be_reconciled_because_projects_are_found_by_id_only() =>
        Assert.Equal(ReconcileResult.NotSupported, (await Flow.Workflow.ReconcileSubmitAsync(AholoFlow.Job(AholoRequests.Text()), CancellationToken.None)).Result);
}
