using System.Net;
using GenerationGateway.TestSupport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenerationGateway.WebConsole.Tests;

/// <summary>
/// The console's own deployable where nothing in front of it routes the API (compose): it serves the console and
/// forwards each API request to the service the production HTTPRoute sends it to. One upstream stands for all of them,
/// each service under its own path prefix, and answers with what reached it.
/// </summary>
public sealed class ApiForwardingTests : IAsyncLifetime
{
    WebApplication? _upstream;
    WebApplication? _console;
    readonly HttpClient _http = new();

    public async Task InitializeAsync()
    {
        var upstreamPort = FreePort.Next();
        var upstream = WebApplication.CreateBuilder();
        upstream.WebHost.UseUrls($"http://127.0.0.1:{upstreamPort}");
        _upstream = upstream.Build();
        _upstream.Map("/{**path}", (HttpRequest request) => $"{request.Method} {request.Path}{request.QueryString}");
        await _upstream.StartAsync();

        var root = $"http://127.0.0.1:{upstreamPort}/";
        _console = await StartConsoleAsync(new Dictionary<string, string?>
        {
            ["WebConsole:IntakeUrl"] = root + "intake/",
            ["WebConsole:ResultsUrl"] = root + "results/",
            ["WebConsole:WebhooksUrl"] = root + "webhooks/",
            ["WebConsole:PortraitUrl"] = root + "portrait/",
        });
        _http.BaseAddress = new Uri(_console.Urls.First());
    }

    [Theory]
    [InlineData("POST", "/v1/generations", "POST /intake/v1/generations")]
    [InlineData("DELETE", "/v1/generations/0190", "DELETE /intake/v1/generations/0190")]
    [InlineData("GET", "/openapi/v1.json", "GET /intake/openapi/v1.json")]
    [InlineData("GET", "/v1/generations?status=failed&page=2", "GET /results/v1/generations?status=failed&page=2")]
    [InlineData("GET", "/v1/generations/0190/events", "GET /results/v1/generations/0190/events")]
    [InlineData("GET", "/v1/events?vendor=rodin", "GET /results/v1/events?vendor=rodin")]
    [InlineData("GET", "/v1/assets/0190/model.glb?expires=1&signature=s", "GET /results/v1/assets/0190/model.glb?expires=1&signature=s")]
    [InlineData("POST", "/v1/webhooks/0190/rotate-secret", "POST /webhooks/v1/webhooks/0190/rotate-secret")]
    [InlineData("GET", "/v1/vendors/portrait/styles", "GET /portrait/v1/vendors/portrait/styles")]
    public async Task Forwards_each_API_request_to_the_service_that_answers_it(string method, string path, string reached)
    {
        using var response = await _http.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(reached, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Serves_the_console_at_the_root()
    {
        using var response = await _http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Generation gateway console</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Refuses_to_start_with_intake_but_no_results()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => StartConsoleAsync(new Dictionary<string, string?>
        {
            ["WebConsole:IntakeUrl"] = "http://intake/",
        }));

        Assert.Contains("WebConsole:IntakeUrl and WebConsole:ResultsUrl", error.Message, StringComparison.Ordinal);
    }

    static async Task<WebApplication> StartConsoleAsync(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{FreePort.Next()}");
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddWebConsole();
        var app = builder.Build();
        app.MapWebConsoleWithApi();
        await app.StartAsync();
        return app;
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        foreach (var app in new[] { _console, _upstream })
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }
    }
}
