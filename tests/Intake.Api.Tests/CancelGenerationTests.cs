using System.Net;
using GenerationGateway.Contracts;

namespace GenerationGateway.Intake.Api.Tests;

public sealed class CancelGenerationTests : IClassFixture<IntakeApp>
{
    readonly IntakeApp _app;
    readonly HttpClient _client;

    public CancelGenerationTests(IntakeApp app)
    {
        _app = app;
        _client = app.CreateApiClient();
    }

    [Fact]
    public async Task Answers_404_for_a_generation_it_never_accepted()
    {
        var id = Guid.NewGuid();

        using var response = await _client.DeleteAsync($"/v1/generations/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(_app.Harness.Published.Select<CancelGeneration>(x => x.Context.Message.GenerationId == id));
    }

    [Fact]
    public async Task Publishes_the_cancellation_to_the_generations_vendor()
    {
        using var created = await _client.PostAsync(GenerationBodies.ForTestVendor(GenerationBodies.NewTenant()));
        var id = await created.AcceptedIdAsync();

        using var response = await _client.DeleteAsync($"/v1/generations/{id}?reason=changed%20my%20mind");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal($"/v1/generations/{id}", response.Headers.Location?.OriginalString);
        var cancel = Assert.Single(_app.Harness.Published.Select<CancelGeneration>(x => x.Context.Message.GenerationId == id));
        Assert.Equal(FakeVendorRules.Key, cancel.Context.Message.Vendor);
        Assert.Equal("changed my mind", cancel.Context.Message.Reason);
    }
}
