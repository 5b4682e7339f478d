using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace GenerationGateway.WebConsole;

public static class WebConsoleHostingExtensions
{
    /// <summary>The folder of the output (and of every host referencing this project) that holds the console's files.</summary>
    public const string FolderName = "console";

    /// <summary>
    /// The console's own deployable: its options and, where they name the API's services, the forwarding of the
    /// public API to them (the console then talks to one origin).
    /// </summary>
    public static IHostApplicationBuilder AddWebConsole(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebConsoleOptions>()
            .BindConfiguration(WebConsoleOptions.SectionName)
            .Validate(options => options.IsValid(),
                "WebConsole:IntakeUrl and WebConsole:ResultsUrl are set together (or neither), WebhooksUrl and PortraitUrl only with them, each an absolute http(s) URL.")
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(WebConsoleOptions.SectionName).Get<WebConsoleOptions>() ?? new WebConsoleOptions();
        var (routes, clusters) = ApiForwarding.For(options);
        builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
        return builder;
    }

    /// <summary>Serves the console and forwards the API as <see cref="AddWebConsole"/> configured it.</summary>
    public static WebApplication MapWebConsoleWithApi(this WebApplication app)
    {
        app.MapWebConsole();
        _ = app.Services.GetRequiredService<IOptions<WebConsoleOptions>>().Value;
        app.MapReverseProxy();
        return app;
    }

    /// <summary>
    /// Serves the web console at <c>/</c>: <c>index.html</c> and its scripts, styles and browser packages. The console
    /// talks only to the public API of the same origin; nothing here reads a key.
    /// </summary>
    public static WebApplication MapWebConsole(this WebApplication app)
    {
        var root = Path.Combine(AppContext.BaseDirectory, FolderName);
        if (!File.Exists(Path.Combine(root, "index.html")))
        {
            throw new InvalidOperationException($"The web console's files are missing from '{root}': build services/WebConsole (it runs npm ci).");
        }

        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = static file =>
            {
                // Never in another site's frame; the signed asset URLs it shows never leave in a Referer.
                var headers = file.Context.Response.Headers;
                headers.ContentSecurityPolicy = "frame-ancestors 'none'";
                headers["Referrer-Policy"] = "no-referrer";
                headers.XContentTypeOptions = "nosniff";
            },
        });
        return app;
    }
}
