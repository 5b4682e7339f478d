using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace GenerationGateway.WebConsole.Tests;

/// <summary>
/// The console in Debian's chromium against the embedded default: signing in, live progress without a reload, the 3D
/// previews (pixels on the canvas), a portrait gallery and cancelling. Screenshots land in the test output's
/// <c>screenshots</c> folder (each test prints the path).
/// </summary>
public sealed class WebConsoleTests(ConsoleBrowser browser, ITestOutputHelper output) : IClassFixture<ConsoleBrowser>
{
    static readonly float Patience = (float)TimeSpan.FromSeconds(90).TotalMilliseconds;

    [Fact]
    public async Task Signs_in_submits_a_Rodin_job_and_watches_it_complete_without_a_reload()
    {
        var page = await browser.OpenConsoleAsync();
        await SignInAsync(page);
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        await page.GetByRole(AriaRole.Link, new() { Name = "New generation" }).First.ClickAsync();
        await page.Locator("#field-vendor").SelectOptionAsync("rodin");
        await page.Locator("#field-inputs-prompt").FillAsync("a small wooden chair");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        await Expect(page.Locator("#detail")).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = Patience });
        await Expect(page.Locator("#progress-bar")).ToHaveAttributeAsync("value", "100");
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "The page was reloaded.");
        await SaveAsync(page, "rodin-completed");
    }

    [Fact]
    public async Task The_list_shows_a_new_job_and_its_progress_live()
    {
        var page = await browser.OpenConsoleAsync();
        await SignInAsync(page);
        await Expect(page.Locator("#live-status")).ToHaveAttributeAsync("data-state", "live");
        await page.EvaluateAsync("() => { window.stillTheSamePage = true; }");

        var id = await browser.SubmitAsync(new { vendor = "rodin", kind = "text-to-3d", inputs = new { prompt = "a lamp" } });

        var row = page.Locator($"tr[data-id='{id}']");
        await Expect(row).ToHaveAttributeAsync("data-status", "completed", new() { Timeout = Patience });
        await Expect(row.Locator("progress")).ToHaveAttributeAsync("value", "100");
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillTheSamePage === true"), "The page was reloaded.");
        await SaveAsync(page, "list");
    }

    [Fact]
    public async Task The_GLB_preview_renders_the_model()
    {
        var id = await browser.SubmitAsync(new { vendor = "rodin", kind = "text-to-3d", inputs = new { prompt = "a teapot" } });
        var page = await OpenDetailAsync(id);

        var preview = page.Locator("#preview");
        await Expect(preview).ToHaveAttributeAsync("data-kind", "glb", new() { Timeout = Patience });
        await Expect(preview).ToHaveAttributeAsync("data-state", "loaded", new() { Timeout = Patience });
        await AssertRenderedAsync(page, preview, "glb-preview");
    }

    [Fact]
    public async Task The_splat_preview_renders_an_Aholo_result()
    {
        var id = await browser.SubmitAsync(new { vendor = "aholo", kind = "text-to-3d", inputs = new { prompt = "a sunlit loft" } });
        var page = await OpenDetailAsync(id);

        var preview = page.Locator("#preview");
        await Expect(preview).ToHaveAttributeAsync("data-kind", "splat", new() { Timeout = Patience });
        await Expect(preview).ToHaveAttributeAsync("data-state", "loaded", new() { Timeout = Patience });
        await AssertRenderedAsync(page, preview, "splat-preview");
    }

    [Fact]
    public async Task A_portrait_set_shows_its_photos()
    {
        var template = new Uri(browser.Host.BaseAddress, "portrait/templates/20057d0c-8cef-447e-88d0-a8f3490fd0b0.png").ToString();
        var id = await browser.SubmitAsync(new
        {
            vendor = "portrait",
            kind = "portrait-photo-set",
            inputs = new { subjectReference = "console-" + Guid.NewGuid().ToString("N")[..8], images = Enumerable.Repeat(new { url = template }, 8) },
            options = new { style = "20057d0c-8cef-447e-88d0-a8f3490fd0b0" },
        });
        var page = await OpenDetailAsync(id);

        var gallery = page.Locator("#preview.gallery");
        await Expect(gallery).ToHaveAttributeAsync("data-state", "loaded", new() { Timeout = Patience });
        var photos = gallery.Locator("img");
        await Expect(photos).ToHaveCountAsync(4);
        await Expect(photos.First).ToHaveAccessibleNameAsync("Photo 1 of 4");
        await Eventually(page, "() => [...document.querySelectorAll('#preview img')].every(img => img.complete && img.naturalWidth > 0)",
            "every photo of the gallery loaded");
        await SaveAsync(page, "portrait-gallery");
    }

    [Fact]
    public async Task A_job_waiting_for_a_capped_vendor_shows_its_place_in_the_queue_until_it_gets_a_slot()
    {
        var photo = new Uri(browser.Host.BaseAddress, "portrait/templates/c505072e-66f0-4659-9b12-6da82ce6dc33.png").ToString();
        var body = new { vendor = "dashscope-gen3d", kind = "character-from-photo", inputs = new { images = new[] { new { url = photo } } } };
        var running = await browser.SubmitAsync(body);
        string? waiting = null;
        try
        {
            var page = await OpenDetailAsync(running);
            await Expect(page.Locator("#detail")).ToHaveAttributeAsync("data-status", new Regex("^(accepted|processing)$"), new() { Timeout = Patience });
            waiting = await browser.SubmitAsync(body);

            await page.GotoAsync($"/#/generations/{waiting}");
            await Expect(page.Locator("#queue-place")).ToContainTextAsync("#1 in queue", new() { Timeout = Patience });
            await SaveAsync(page, "queued");
            await page.GotoAsync("/#/generations");
            await Expect(page.Locator($"tr[data-id='{waiting}'] .queue-place")).ToContainTextAsync("#1 in queue");

            await page.GotoAsync($"/#/generations/{waiting}");
            await Expect(page.Locator("#queue-place")).ToBeVisibleAsync();
            using (var cancel = await browser.Http.DeleteAsync(new Uri($"v1/generations/{running}", UriKind.Relative)))
            {
                Assert.True(cancel.IsSuccessStatusCode, $"cancel answered {cancel.StatusCode}");
            }

            await Expect(page.Locator("#detail")).ToHaveAttributeAsync("data-status", new Regex("^(accepted|processing)$"), new() { Timeout = Patience });
            await Expect(page.Locator("#queue-place")).ToHaveCountAsync(0);
        }
        finally
        {
            foreach (var id in new[] { running, waiting }.OfType<string>())
            {
                using var cleanup = await browser.Http.DeleteAsync(new Uri($"v1/generations/{id}", UriKind.Relative));
            }
        }
    }

    [Fact]
    public async Task Cancel_stops_a_running_job()
    {
        var photo = new Uri(browser.Host.BaseAddress, "portrait/templates/c505072e-66f0-4659-9b12-6da82ce6dc33.png").ToString();
        var id = await browser.SubmitAsync(new { vendor = "dashscope-gen3d", kind = "character-from-photo", inputs = new { images = new[] { new { url = photo } } } });
        var page = await OpenDetailAsync(id);
        await Expect(page.Locator("#detail")).ToHaveAttributeAsync("data-status", new Regex("^(accepted|processing)$"), new() { Timeout = Patience });

        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel generation" }).ClickAsync();

        await Expect(page.Locator("#cancel-note")).ToHaveTextAsync("Cancellation requested.");
        await Expect(page.Locator("#detail")).ToHaveAttributeAsync("data-status", "cancelled", new() { Timeout = Patience });
        await SaveAsync(page, "cancelled");
    }

    [Fact]
    public async Task The_form_shows_the_servers_problem_details_beside_the_fields()
    {
        var page = await browser.OpenConsoleAsync(width: 390, height: 844);
        await SignInAsync(page);
        await page.GotoAsync("/#/new");
        await page.Locator("#field-vendor").SelectOptionAsync("rodin");
        await page.Locator("#field-inputs-prompt").FillAsync("");
        await page.Locator("summary", new() { HasText = "Options of rodin" }).ClickAsync();
        await page.Locator("#field-vendorOptions-tier").FillAsync("Gen-9");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        await Expect(page.Locator("#field-inputs-prompt-error")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#field-vendorOptions-tier-error")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("#field-vendorOptions-tier")).ToHaveAttributeAsync("aria-invalid", "true");
        await SaveAsync(page, "problem-details-phone");
    }

    [Fact]
    public async Task The_key_stays_out_of_URLs_and_a_wrong_key_is_refused()
    {
        var page = await browser.OpenConsoleAsync();
        var requested = new List<string>();
        page.Request += (_, request) => requested.Add(request.Url);
        await page.GetByLabel("API key").FillAsync("gw_not_a_key_of_this_gateway");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator("#sign-in-error")).ToContainTextAsync("does not know this key");

        await SignInAsync(page);
        Assert.DoesNotContain(requested, url => url.Contains(browser.ApiKey, StringComparison.Ordinal) || url.Contains("gw_not_a_key", StringComparison.Ordinal));
        Assert.DoesNotContain(browser.ApiKey, page.Url, StringComparison.Ordinal);
    }

    async Task SignInAsync(IPage page)
    {
        await page.GetByLabel("API key").FillAsync(browser.ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Generations" })).ToBeVisibleAsync(new() { Timeout = Patience });
    }

    async Task<IPage> OpenDetailAsync(string id)
    {
        var page = await browser.OpenConsoleAsync();
        await SignInAsync(page);
        await page.GotoAsync($"/#/generations/{id}");
        await Expect(page.Locator("#detail")).ToBeVisibleAsync();
        return page;
    }

    async Task AssertRenderedAsync(IPage page, ILocator preview, string name)
    {
        // The first frames may still be the empty scene: measure until the model is drawn, within the deadline.
        CanvasPixels? pixels = null;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        do
        {
            pixels = await CanvasPixels.OfAsync(page, await preview.ScreenshotAsync(new() { Timeout = Patience }));
        }
        while ((pixels.Foreground < 0.01 || pixels.Colours < 8) && DateTime.UtcNow < deadline);

        var path = await SaveAsync(page, name);
        Assert.True(pixels.Foreground >= 0.01 && pixels.Colours >= 8,
            $"The preview looks blank: {pixels.Foreground:P1} of its pixels differ from the background, {pixels.Colours} colours (screenshot {path}).");
    }

    async Task Eventually(IPage page, string predicate, string description)
    {
        try
        {
            await page.WaitForFunctionAsync(predicate, null, new() { Timeout = Patience });
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Not within {Patience} ms: {description} (screenshot {await SaveAsync(page, "timeout")}).");
        }
    }

    async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(browser.ScreenshotFolder, $"{name}.png");
        await page.ScreenshotAsync(new() { Path = path, FullPage = true, Timeout = Patience });
        output.WriteLine($"screenshot: {path}");
        return path;
    }
}
