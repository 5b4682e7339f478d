using System.Globalization;
using System.Text;
using GenerationGateway.Egress;
using GenerationGateway.Webhooks.Storage;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Webhooks.Delivery;

/// <summary>
/// Makes one attempt of a claimed delivery: signs it (Standard Webhooks), POSTs it through the egress guard within
/// <c>Webhooks:Timeout</c> (no redirect followed), and records the attempt and what follows: delivered on 2xx, the
/// endpoint disabled on 410, failed for good when the guard refuses the URL or the retry period is over, else the next
/// attempt after a backoff.
/// </summary>
public sealed partial class WebhookDeliverer(
    IWebhookStore store,
    EgressFetcher egress,
    RetrySchedule schedule,
    WebhookMetrics metrics,
    TimeProvider time,
    IOptions<WebhooksOptions> options,
    ILogger<WebhookDeliverer> logger)
{
    public async Task DeliverAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var startedAt = time.GetUtcNow();
        var number = delivery.Attempts + 1;
        var endpoint = await store.SigningEndpointAsync(delivery.TenantId, delivery.EndpointId, cancellationToken);
        if (endpoint is null || (delivery.EndpointId is not null && endpoint.DisabledAt is not null))
        {
            var reason = delivery.EndpointId is null
                ? "No signing secret: the tenant has no enabled webhook endpoint, so its callbacks cannot be signed."
                : "The endpoint was disabled or deleted.";
            await FinishAsync(delivery, number, startedAt, TimeSpan.Zero, new AttemptResult(null, reason),
                delivery.EndpointId is null ? DeliveryStatus.Failed : DeliveryStatus.EndpointDisabled, null, cancellationToken);
            return;
        }

        var timestamp = DateTimeOffset.FromUnixTimeSeconds(startedAt.ToUnixTimeSeconds());
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(WebhookSigner.IdHeader, delivery.Id);
        request.Headers.Add(WebhookSigner.TimestampHeader, timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSigner.SignatureHeader, WebhookSigner.Sign(endpoint.SigningSecrets(startedAt), delivery.Id, timestamp, delivery.Payload));

        var started = time.GetTimestamp();
        AttemptResult result;
        var refused = false;
        try
        {
            result = new AttemptResult(await egress.SendAsync(request, options.Value.Timeout, cancellationToken), null);
        }
        catch (EgressException exception)
        {
            refused = exception.Failure == EgressFailure.Refused;
            result = new AttemptResult(null, refused ? "The egress guard refused the URL." : "No answer within the time limit, or the connection failed.");
        }

        var elapsed = time.GetElapsedTime(started);
        var now = time.GetUtcNow();
        if (result.Succeeded)
        {
            await FinishAsync(delivery, number, startedAt, elapsed, result, DeliveryStatus.Delivered, null, cancellationToken);
        }
        else if (result.Gone && delivery.EndpointId is { } endpointId)
        {
            await FinishAsync(delivery, number, startedAt, elapsed, result, DeliveryStatus.EndpointDisabled, null, cancellationToken);
            await store.DisableEndpointAsync(endpointId, now, cancellationToken);
            LogEndpointGone(logger, endpointId, delivery.TenantId);
        }
        else if (!refused && schedule.Next(delivery.RetryUntil, number, now, Random.Shared.NextDouble()) is { } next)
        {
            await FinishAsync(delivery, number, startedAt, elapsed, result, DeliveryStatus.Pending, next, cancellationToken);
        }
        else
        {
            await FinishAsync(delivery, number, startedAt, elapsed, result, DeliveryStatus.Failed, null, cancellationToken);
        }
    }

    async Task FinishAsync(
        WebhookDelivery delivery, int number, DateTimeOffset startedAt, TimeSpan elapsed, AttemptResult result,
        DeliveryStatus status, DateTimeOffset? next, CancellationToken cancellationToken)
    {
        var attempt = new WebhookAttempt
        {
            DeliveryId = delivery.Id,
            Number = number,
            StartedAt = startedAt,
            DurationMs = elapsed.TotalMilliseconds,
            StatusCode = result.StatusCode is { } code ? (int)code : null,
            Error = result.Succeeded ? null : result.Describe(),
        };
        var after = delivery with
        {
            Status = status,
            Attempts = number,
            NextAttemptAt = next ?? startedAt,
            DeliveredAt = status == DeliveryStatus.Delivered ? time.GetUtcNow() : null,
            LastError = attempt.Error,
        };
        await store.RecordAttemptAsync(attempt, after, cancellationToken);
        var outcome = status switch
        {
            DeliveryStatus.Delivered => "delivered",
            DeliveryStatus.Pending => "retrying",
            DeliveryStatus.Failed => "failed",
            _ => "endpoint-disabled",
        };
        metrics.Attempted(outcome, delivery.EventType, elapsed);
        LogAttempt(logger, delivery.Id, delivery.GenerationId, delivery.EventType, number, outcome, attempt.Error);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook {DeliveryId} ({EventType}) of generation {GenerationId}: attempt {Attempt} {Outcome} {Error}")]
    static partial void LogAttempt(ILogger logger, string deliveryId, Guid generationId, string eventType, int attempt, string outcome, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook endpoint {EndpointId} of tenant {TenantId} answered 410 Gone: disabled")]
    static partial void LogEndpointGone(ILogger logger, Guid endpointId, string tenantId);
}
