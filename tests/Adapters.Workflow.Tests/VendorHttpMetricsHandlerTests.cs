using System.Diagnostics.Metrics;
using System.Net;
using GenerationGateway.Adapters.Workflow.Metrics;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.TestSupport.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Adapters.Workflow.Tests;

/// <summary>A vendor client's calls measured through the handler <see cref="WorkflowHttpClients.AddVendorMetrics"/> adds.</summary>
public sealed class VendorHttpMetricsHandlerTests : IDisposable
{
    const string ClientName = "vendor-client";
    const string VendorKey = "acme";

    readonly StubVendor _vendor = new();
    readonly ServiceProvider _provider;
    readonly MetricsRecorder _metrics;

    public VendorHttpMetricsHandlerTests()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(ClientName, http => http.BaseAddress = new Uri("https://api.acme.test/v1/"))
            .AddVendorMetrics(VendorKey)
            .ConfigurePrimaryHttpMessageHandler(() => _vendor);
        _provider = services.BuildServiceProvider();
        _metrics = new MetricsRecorder(_provider.GetRequiredService<IMeterFactory>());
    }

    HttpClient Client => _provider.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);

    [Fact]
    public async Task Records_a_call_under_its_path_template_without_the_job_id()
    {
        using var response = await Client.GetAsync(new Uri("tasks/0385dc79-5ff8-4d82-bcb6-3bd3a0e49c3e?verbose=true", UriKind.Relative));

        var call = Assert.Single(_metrics.Of(GatewayMetrics.VendorRequestDuration));
        Assert.Equal(VendorKey, call.Tag(GatewayMetrics.VendorTag));
        Assert.Equal("/v1/tasks/{id}", call.Tag(GatewayMetrics.OperationTag));
        Assert.Equal("GET", call.Tag(GatewayMetrics.MethodTag));
        Assert.Equal(200, call.Tag(GatewayMetrics.StatusCodeTag));
        Assert.Null(call.Tag(GatewayMetrics.ErrorTypeTag));
        Assert.InRange(call.Value, 0, 60);
    }

    [Fact]
    public async Task Records_an_error_answer_with_its_status_as_the_error_type()
    {
        _vendor.Status = HttpStatusCode.TooManyRequests;

        using var response = await Client.PostAsync(new Uri("generation", UriKind.Relative), new StringContent("{}"));

        var call = Assert.Single(_metrics.Of(GatewayMetrics.VendorRequestDuration));
        Assert.Equal("/v1/generation", call.Tag(GatewayMetrics.OperationTag));
        Assert.Equal("POST", call.Tag(GatewayMetrics.MethodTag));
        Assert.Equal(429, call.Tag(GatewayMetrics.StatusCodeTag));
        Assert.Equal("429", call.Tag(GatewayMetrics.ErrorTypeTag));
    }

    [Fact]
    public async Task Records_a_call_that_never_got_an_answer_with_its_error_and_rethrows()
    {
        _vendor.Failure = new HttpRequestException(HttpRequestError.ConnectionError, "connection refused");

        await Assert.ThrowsAsync<HttpRequestException>(() => Client.GetAsync(new Uri("status", UriKind.Relative)));

        var call = Assert.Single(_metrics.Of(GatewayMetrics.VendorRequestDuration));
        Assert.Equal("/v1/status", call.Tag(GatewayMetrics.OperationTag));
        Assert.Null(call.Tag(GatewayMetrics.StatusCodeTag));
        Assert.Equal("connection_error", call.Tag(GatewayMetrics.ErrorTypeTag));
    }

    [Fact]
    public async Task Takes_the_vendor_and_operation_a_request_names()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("https://cdn.test/files/a8f3b2c19d7e4f60a1b2/model.glb?signature=abc"));
        request.Options.Set(VendorHttpMetricsHandler.Vendor, "other");
        request.Options.Set(VendorHttpMetricsHandler.Operation, "asset-download");

        using var response = await Client.SendAsync(request);

        var call = Assert.Single(_metrics.Of(GatewayMetrics.VendorRequestDuration));
        Assert.Equal("other", call.Tag(GatewayMetrics.VendorTag));
        Assert.Equal("asset-download", call.Tag(GatewayMetrics.OperationTag));
    }

    [Theory]
    [InlineData("https://api.test/api/v2/status", "/api/v2/status")]
    [InlineData("https://api.test/api/v1/services/aigc/video-generation/3d-generation", "/api/v1/services/aigc/video-generation/3d-generation")]
    [InlineData("https://api.test/v1/generation/task/7f3kq9x2m4p8r1t6", "/v1/generation/task/{id}")]
    [InlineData("https://api.test/api/v1/tasks/0385dc79-5ff8-4d82-bcb6-3bd3a0e49c3e/cancel", "/api/v1/tasks/{id}/cancel")]
    [InlineData("https://api.test/jobs/12345/files", "/jobs/{id}/files")]
    public void Replaces_identifiers_in_a_path_template(string url, string template) =>
        Assert.Equal(template, VendorHttpMetricsHandler.Template(new Uri(url)));

    public void Dispose()
    {
        _metrics.Dispose();
        _provider.Dispose();
        _vendor.Dispose();
    }

    sealed class StubVendor : HttpMessageHandler
    {
        public HttpStatusCode Status { get; set; } = HttpStatusCode.OK;

        public Exception? Failure { get; set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Failure is { } failure ? Task.FromException<HttpResponseMessage>(failure) : Task.FromResult(new HttpResponseMessage(Status));
    }
}
