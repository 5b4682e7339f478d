using System.Net;
using System.Text.Json.Nodes;
using GenerationGateway.Contracts;
using GenerationGateway.Intake.Api.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Intake.Api.Tests;

public sealed class CancelGenerationTests(IntakeApp app) : IntakeAppTests(app)
{
    [Fact]
    public async Task Answers_404_for_a_generation_it_never_accepted()
    {
        var id = Guid.NewGuid();

        using var response = await Client.DeleteAsync($"/v1/generations/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(App.Harness.Published.Select<CancelGeneration>(x => x.Context.Message.GenerationId == id));
    }

    [Fact]
    public async Task Publishes_the_cancellation_to_the_generations_vendor()
    {
        var tenant = GenerationBodies.NewTenant();
        using var client = App.CreateApiClient(tenant);
        using var created = await client.PostAsync(GenerationBodies.ForTestVendor(tenant));
        var id = await created.AcceptedIdAsync();

        using var response = await client.DeleteAsync($"/v1/generations/{id}?reason=changed%20my%20mind");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/v1/generations/{id}", response.Headers.Location?.OriginalString);
        var cancel = Assert.Single(App.Harness.Published.Select<CancelGeneration>(x => x.Context.Message.GenerationId == id));
        Assert.Equal(FakeVendorRules.Key, cancel.Context.Message.Vendor);
        Assert.Equal("changed my mind", cancel.Context.Message.Reason);
    }

    [Theory]
    [InlineData("completed")]
    [InlineData("failed")]
    [InlineData("cancelled")]
    public async Task Answers_409_with_the_status_of_a_generation_that_already_ended(string status)
    {
        var tenant = GenerationBodies.NewTenant();
        using var client = App.CreateApiClient(tenant);
        using var created = await client.PostAsync(GenerationBodies.ForTestVendor(tenant));
        var id = await created.AcceptedIdAsync();
        await EndAsync(id, status);

        using var response = await client.DeleteAsync($"/v1/generations/{id}");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(409, problem["status"]!.GetValue<int>());
        Assert.Equal(status, problem["generationStatus"]!.GetValue<string>());
        Assert.Equal("id", problem["field"]!.GetValue<string>());
        Assert.Equal($"Generation '{id}' is already {status}: there is nothing to cancel.", problem["detail"]!.GetValue<string>());
        Assert.Empty(App.Harness.Published.Select<CancelGeneration>(x => x.Context.Message.GenerationId == id));
    }

    [Fact]
    public async Task Answers_an_ended_generation_of_another_tenant_like_an_unknown_one()
    {
        var owner = GenerationBodies.NewTenant();
        using var ownerClient = App.CreateApiClient(owner);
        using var created = await ownerClient.PostAsync(GenerationBodies.ForTestVendor(owner));
        var id = await created.AcceptedIdAsync();
        await EndAsync(id, "completed");
        using var otherClient = App.CreateApiClient(GenerationBodies.NewTenant());

        using var response = await otherClient.DeleteAsync($"/v1/generations/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Answers_another_tenants_generation_like_an_unknown_one()
    {
        var owner = GenerationBodies.NewTenant();
        using var ownerClient = App.CreateApiClient(owner);
        using var created = await ownerClient.PostAsync(GenerationBodies.ForTestVendor(owner));
        var id = await created.AcceptedIdAsync();
        using var otherClient = App.CreateApiClient(GenerationBodies.NewTenant());

        using var response = await otherClient.DeleteAsync($"/v1/generations/{id}");
        using var unknown = await otherClient.DeleteAsync($"/v1/generations/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(unknown.StatusCode, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var unknownProblem = JsonNode.Parse(await unknown.Content.ReadAsStringAsync())!;
        Assert.Equal(unknownProblem["title"]!.GetValue<string>(), problem["title"]!.GetValue<string>());
        Assert.Equal($"No generation '{id}' was accepted.", problem["detail"]!.GetValue<string>());
        Assert.Empty(App.Harness.Published.Select<CancelGeneration>(x => x.Context.Message.GenerationId == id));
    }

    /// <summary>Publishes the generation's terminal event and waits, up to a deadline, until intake has recorded it.</summary>
    async Task EndAsync(Guid id, string status)
    {
        object ended = status switch
        {
            "completed" => new GenerationCompleted { GenerationId = id, Vendor = FakeVendorRules.Key, VendorJobId = "job", Assets = [] },
            "failed" => new GenerationFailed { GenerationId = id, Vendor = FakeVendorRules.Key, Reason = FailureReason.InvalidRequest, Retryable = false },
            _ => new GenerationCancelled { GenerationId = id, Vendor = FakeVendorRules.Key, VendorJobStopped = true },
        };
        await App.Harness.Bus.Publish(ended);
        var store = App.Services.GetRequiredService<IIntakeStore>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while ((await store.FindAsync(id, CancellationToken.None))?.EndStatus is null)
        {
            Assert.True(DateTime.UtcNow < deadline, $"Intake did not record the end of {id} in time.");
            await Task.Delay(TimeSpan.FromMilliseconds(20));
        }
    }
}
