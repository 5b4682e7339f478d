using MassTransit;

namespace GenerationGateway.Webhooks.Consumers;

/// <summary>Queue names and retry of the webhook service's own endpoints (<c>webhooks-generation-completed</c>, …).</summary>
public static class WebhookEndpointNames
{
    public const string Prefix = "webhooks-";

    /// <summary><c>webhooks-generation-completed</c> for <c>WebhookGenerationCompletedConsumer</c>.</summary>
    public static string For<TConsumer>()
        where TConsumer : class, IConsumer
    {
        var name = KebabCaseEndpointNameFormatter.Instance.Consumer<TConsumer>();
        return Prefix + (name.StartsWith("webhook-", StringComparison.Ordinal) ? name["webhook-".Length..] : name);
    }

    /// <summary>
    /// A database blip, or an event that overtook its generation's request (the tenant is not known yet): retried for about
    /// two minutes; what still fails goes to the <c>_error</c> queue.
    /// </summary>
    public static void Retry(IRetryConfigurator retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        retry.Intervals(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60));
    }
}
