using System.Globalization;

namespace GenerationGateway.HealthProbe;

/// <summary>
/// <c>HealthProbe [url|path]</c>: exit code 0 when the URL answers 2xx within the timeout, 1 otherwise.
/// Without an argument it asks <c>/health/ready</c>; a path is resolved against
/// <c>http://127.0.0.1:{first of ASPNETCORE_HTTP_PORTS, else 8080}</c>.
/// </summary>
public static class ProbeCommand
{
    public const string DefaultPath = "/health/ready";
    public const string PortsVariable = "ASPNETCORE_HTTP_PORTS";
    public const string TimeoutVariable = "HEALTH_PROBE_TIMEOUT_SECONDS";
    const int DefaultPort = 8080;
    const int DefaultTimeoutSeconds = 3;

    public static async Task<int> RunAsync(string[] args, Func<string, string?> environment, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(error);

        if (Target(args, environment) is not { } target)
        {
            await error.WriteLineAsync($"health probe: '{args[0]}' is neither an absolute http(s) URL nor a path starting with '/'.");
            return 2;
        }

        using var client = new HttpClient { Timeout = Timeout(environment) };
        try
        {
            using var response = await client.GetAsync(target, HttpCompletionOption.ResponseHeadersRead);
            if (response.IsSuccessStatusCode)
            {
                return 0;
            }

            await error.WriteLineAsync($"health probe: {target} answered {(int)response.StatusCode}.");
            return 1;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            await error.WriteLineAsync($"health probe: {target} did not answer: {exception.Message}");
            return 1;
        }
    }

    static Uri? Target(string[] args, Func<string, string?> environment)
    {
        var argument = args.Length > 0 ? args[0] : DefaultPath;
        if (Uri.TryCreate(argument, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute;
        }

        if (!argument.StartsWith('/'))
        {
            return null;
        }

        var port = (environment(PortsVariable) ?? "")
            .Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(value => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0)
            .FirstOrDefault(parsed => parsed is > 0 and <= 65535);
        return new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{(port > 0 ? port : DefaultPort)}{argument}"));
    }

    static TimeSpan Timeout(Func<string, string?> environment) =>
        int.TryParse(environment(TimeoutVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(DefaultTimeoutSeconds);
}
