using MassTransit;

namespace GenerationGateway.Results.Api.Consumers;

/// <summary>Queue names and retry shared by the Results endpoints.</summary>
public static class ResultsEndpointNames
{
    public const string Prefix = "results-";

    /// <summary><c>results-generation-completed</c> for <c>GenerationCompletedConsumer</c>.</summary>
    public static string For<TConsumer>()
        where TConsumer : class, IConsumer =>
        Prefix + KebabCaseEndpointNameFormatter.Instance.Consumer<TConsumer>();

    /// <summary>A few quick retries for a database blip; what still fails goes to the <c>_error</c> queue.</summary>
    public static void Retry(IRetryConfigurator retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        retry.Intervals(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5));
    }
}
