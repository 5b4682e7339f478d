namespace GenerationGateway.Cli;

/// <summary><c>--output</c>: tables and progress bars for people, or the API's JSON for scripts.</summary>
public enum OutputFormat
{
    Text,
    Json,
}
