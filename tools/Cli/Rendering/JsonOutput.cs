using System.Text.Json;
using GenerationGateway.Cli.Api;
using Spectre.Console;

namespace GenerationGateway.Cli.Rendering;

/// <summary><c>--output json</c>: the API's JSON, indented, written as is (no markup, no wrapping).</summary>
public static class JsonOutput
{
    static readonly JsonSerializerOptions Indented = new(GatewayClient.Json) { WriteIndented = true };

    public static void Write<T>(IAnsiConsole console, T value)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.Profile.Out.Writer.WriteLine(JsonSerializer.Serialize(value, Indented));
        console.Profile.Out.Writer.Flush();
    }
}
