using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GenerationGateway.Standalone.Tests;
using GenerationGateway.TestSupport.Identity;
using Microsoft.Playwright;

namespace GenerationGateway.WebConsole.Tests;

/// <summary>
/// The embedded default on a port of its own, a tenant key made through its admin API, and Debian's chromium driven
/// by Playwright (<c>GATEWAY_TEST_CHROMIUM</c>, default <c>/usr/bin/chromium</c>; <c>tests/provision.sh</c> installs it).
/// DashScope's simulated tasks stay pending for an hour, so a DashScope job is a running job to cancel.
/// </summary>
public sealed class ConsoleBrowser : IAsyncLifetime
{
    const string DefaultChromium = "/usr/bin/chromium";

    IPlaywright? _playwright;

    public StandaloneHost Host { get; } = new(new Dictionary<string, string?>
    {
        ["VendorSim:DashScope:PendingDuration"] = "01:00:00",
        // One DashScope job at a time: a second one waits in stage queued (its place shown by the console).
        ["Workflow:Vendors:dashscope-gen3d:MaxConcurrentJobs"] = "1",
        ["Logging:LogLevel:Default"] = "Warning",
    });

    public IBrowser Browser { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    /// <summary>A key of the tenant the console signs in with.</summary>
    public string ApiKey { get; private set; } = "";

    /// <summary>Where the tests save their screenshots (printed by each test).</summary>
    public string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = Environment.GetEnvironmentVariable("GATEWAY_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultChromium;
        Assert.True(File.Exists(chromium), $"No browser at '{chromium}': run `bash tests/provision.sh chromium` (Debian's chromium) or set GATEWAY_TEST_CHROMIUM.");
        Directory.CreateDirectory(ScreenshotFolder);
        await Host.StartAsync();
        Http = new HttpClient { BaseAddress = Host.BaseAddress };
        (ApiKey, _) = await TestApiKeys.CreateAsync(Http, "console-" + Guid.NewGuid().ToString("N")[..8]);
        Http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", ApiKey);
        // A busy machine renders WebGL in software: give assertions time, they still fail at their deadline.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            // WebGL without a GPU: SwiftShader, which recent Chromium uses for WebGL only when told to.
            Args = ["--enable-unsafe-swiftshader", "--use-angle=swiftshader", "--ignore-gpu-blocklist", "--no-sandbox"],
        });
    }

    /// <summary>A fresh browser context (its own session storage) on the console, at the given viewport width.</summary>
    public async Task<IPage> OpenConsoleAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Host.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        return page;
    }

    /// <summary>Submits a generation through the public API, as another client of the tenant would; returns its id.</summary>
    public async Task<string> SubmitAsync(object body)
    {
        using var response = await Http.PostAsJsonAsync(new Uri("/v1/generations", UriKind.Relative), body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"Submitting answered {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!["generationId"]!.GetValue<string>();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
        Http?.Dispose();
        await Host.DisposeAsync();
    }
}
