using GenerationGateway.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api.Publishing;

/// <summary>
/// Publishes and reports whether the broker confirmed within <see cref="MessagingOptions.PublishTimeout"/>.
/// On RabbitMQ a completed publish means the broker confirmed it (publisher confirms are on).
/// </summary>
public sealed class GenerationPublisher
{
    readonly IPublishEndpoint _publishEndpoint;
    readonly TimeSpan _timeout;
    readonly ILogger<GenerationPublisher> _logger;

    public GenerationPublisher(IPublishEndpoint publishEndpoint, IOptions<MessagingOptions> options, ILogger<GenerationPublisher> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _publishEndpoint = publishEndpoint;
        _timeout = options.Value.PublishTimeout;
        _logger = logger;
    }

    /// <summary>
    /// True when the broker confirmed <paramref name="message"/>; false when the publish failed or timed out
    /// (the message may or may not have reached the broker: a retry publishes it again under the same ids).
    /// </summary>
    public async Task<bool> TryPublishAsync<T>(T message, Guid generationId, Action<PublishContext<T>>? configure = null)
        where T : class
    {
        using var timeout = new CancellationTokenSource(_timeout);
        try
        {
            // WaitAsync bounds the wait even where the transport does not observe the token (reconnecting).
            await _publishEndpoint.Publish(message, context => configure?.Invoke(context), timeout.Token).WaitAsync(timeout.Token);
            _logger.LogInformation("Published {MessageType} of {GenerationId}", typeof(T).Name, generationId);
            return true;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            _logger.LogWarning("Publishing {MessageType} of {GenerationId} was not confirmed within {PublishTimeout}", typeof(T).Name, generationId, _timeout);
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Whatever the transport threw means the same to the client: not accepted, retry later.
            _logger.LogWarning(exception, "Publishing {MessageType} of {GenerationId} failed", typeof(T).Name, generationId);
            return false;
        }
    }
}
