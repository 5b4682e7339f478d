using GenerationGateway.Results.Api.Generations;
using GenerationGateway.Results.Api.Storage;
using GenerationGateway.Webhooks.Api;
using GenerationGateway.ServiceDefaults.InMemory;
using GenerationGateway.Webhooks.Delivery;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Webhooks.Storage;

/// <summary>
/// The store in process memory, for the embedded default only (lost on restart); one lock keeps it simple. A delivery
/// that is no longer pending (with its attempts) and a generation that has ended are kept for
/// <see cref="InMemoryRetentionOptions.KeepFor"/>, at most <see cref="InMemoryRetentionOptions.MaxEnded"/> of each;
/// a pending delivery and a generation in flight are never evicted. Endpoints stay until deleted.
/// </summary>
public sealed class InMemoryWebhookStore(IOptions<InMemoryRetentionOptions> retention, TimeProvider clock) : IWebhookStore
{
    readonly Lock _lock = new();
    readonly Dictionary<Guid, WebhookEndpoint> _endpoints = [];
    readonly Dictionary<Guid, GenerationRecord> _generations = [];
    readonly Dictionary<string, WebhookDelivery> _deliveries = new(StringComparer.Ordinal);
    readonly List<WebhookAttempt> _attempts = [];
    readonly EndedItems<string> _endedDeliveries = new(retention.Value, clock);
    readonly EndedItems<Guid> _endedGenerations = new(retention.Value, clock);

    public Task AddEndpointAsync(WebhookEndpoint endpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        lock (_lock)
        {
            _endpoints.Add(endpoint.Id, endpoint);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WebhookEndpoint>> ListEndpointsAsync(string tenantId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<WebhookEndpoint>>([.. _endpoints.Values.Where(x => x.TenantId == tenantId).OrderBy(x => x.CreatedAt)]);
        }
    }

    public Task<WebhookEndpoint?> FindEndpointAsync(string tenantId, Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult(_endpoints.TryGetValue(id, out var endpoint) && endpoint.TenantId == tenantId ? endpoint : null);
        }
    }

    public Task<bool> DeleteEndpointAsync(string tenantId, Guid id, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_endpoints.TryGetValue(id, out var endpoint) || endpoint.TenantId != tenantId)
            {
                return Task.FromResult(false);
            }

            _endpoints.Remove(id);
            EndPending(id);
            return Task.FromResult(true);
        }
    }

    public Task<WebhookEndpoint?> RotateSecretAsync(string tenantId, Guid id, string secret, DateTimeOffset previousExpiresAt, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_endpoints.TryGetValue(id, out var endpoint) || endpoint.TenantId != tenantId)
            {
                return Task.FromResult<WebhookEndpoint?>(null);
            }

            var rotated = endpoint with { Secret = secret, PreviousSecret = endpoint.Secret, PreviousSecretExpiresAt = previousExpiresAt };
            _endpoints[id] = rotated;
            return Task.FromResult<WebhookEndpoint?>(rotated);
        }
    }

    public Task DisableEndpointAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_endpoints.TryGetValue(id, out var endpoint))
            {
                _endpoints[id] = endpoint with { DisabledAt = endpoint.DisabledAt ?? now };
            }

            EndPending(id);
        }

        return Task.CompletedTask;
    }

    public Task<GenerationRecord> MergeAsync(GenerationChange change, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_lock)
        {
            var merged = GenerationMerge.Apply(_generations.GetValueOrDefault(change.GenerationId), change, now);
            _generations[change.GenerationId] = merged;
            var expired = GenerationMerge.IsTerminal(merged.Status) ? _endedGenerations.End(merged.Id) : _endedGenerations.Expired();
            foreach (var id in expired)
            {
                if (_generations.TryGetValue(id, out var ended) && GenerationMerge.IsTerminal(ended.Status))
                {
                    _generations.Remove(id);
                }
            }

            return Task.FromResult(merged);
        }
    }

    public Task EnqueueAsync(IReadOnlyList<WebhookDelivery> deliveries, TimeSpan progressInterval, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveries);
        lock (_lock)
        {
            foreach (var delivery in deliveries)
            {
                if (_deliveries.ContainsKey(delivery.Id))
                {
                    continue;
                }

                if (delivery.EventType != WebhookEventTypes.Progressed)
                {
                    _deliveries.Add(delivery.Id, delivery);
                    continue;
                }

                var earlier = _deliveries.Values
                    .Where(x => x.EventType == WebhookEventTypes.Progressed && x.GenerationId == delivery.GenerationId && x.Url == delivery.Url && x.EndpointId == delivery.EndpointId)
                    .ToList();
                if (earlier.FirstOrDefault(x => x.Status == DeliveryStatus.Pending && x.Attempts == 0) is { } waiting)
                {
                    _deliveries[waiting.Id] = waiting with { Payload = delivery.Payload };
                    continue;
                }

                var last = earlier.Count == 0 ? (DateTimeOffset?)null : earlier.Max(x => x.CreatedAt);
                var due = last is { } at && at + progressInterval > delivery.NextAttemptAt ? at + progressInterval : delivery.NextAttemptAt;
                _deliveries.Add(delivery.Id, delivery with { NextAttemptAt = due });
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WebhookDelivery>> ClaimDueAsync(DateTimeOffset now, TimeSpan lease, int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var due = _deliveries.Values
                .Where(x => x.Status == DeliveryStatus.Pending && x.NextAttemptAt <= now)
                .OrderBy(x => x.NextAttemptAt)
                .Take(limit)
                .ToList();
            foreach (var delivery in due)
            {
                _deliveries[delivery.Id] = delivery with { NextAttemptAt = now + lease };
            }

            return Task.FromResult<IReadOnlyList<WebhookDelivery>>(due);
        }
    }

    public Task<WebhookEndpoint?> SigningEndpointAsync(string tenantId, Guid? endpointId, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var candidates = _endpoints.Values.Where(x => x.TenantId == tenantId);
            return Task.FromResult(endpointId is { } id
                ? candidates.FirstOrDefault(x => x.Id == id)
                : candidates.Where(x => x.DisabledAt is null).OrderBy(x => x.CreatedAt).FirstOrDefault());
        }
    }

    public Task RecordAttemptAsync(WebhookAttempt attempt, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        lock (_lock)
        {
            _attempts.Add(attempt);
            if (_deliveries.TryGetValue(delivery.Id, out var current) && current.Status == DeliveryStatus.Pending)
            {
                _deliveries[delivery.Id] = delivery;
                EvictDeliveries(delivery.Status == DeliveryStatus.Pending ? _endedDeliveries.Expired() : _endedDeliveries.End(delivery.Id));
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<WebhookDelivery>> ListDeliveriesAsync(string tenantId, Guid? endpointId, Guid? generationId, int limit, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<WebhookDelivery>>([.. _deliveries.Values
                .Where(x => x.TenantId == tenantId && (endpointId is null || x.EndpointId == endpointId) && (generationId is null || x.GenerationId == generationId))
                .OrderByDescending(x => x.CreatedAt)
                .Take(limit)]);
        }
    }

    public Task<IReadOnlyList<WebhookAttempt>> ListAttemptsAsync(IReadOnlyCollection<string> deliveryIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deliveryIds);
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<WebhookAttempt>>([.. _attempts.Where(x => deliveryIds.Contains(x.DeliveryId)).OrderBy(x => x.Number)]);
        }
    }

    public Task<WebhookDelivery?> RedeliverAsync(string tenantId, string deliveryId, DateTimeOffset now, DateTimeOffset retryUntil, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_deliveries.TryGetValue(deliveryId, out var delivery) || delivery.TenantId != tenantId)
            {
                return Task.FromResult<WebhookDelivery?>(null);
            }

            var again = delivery with { Status = DeliveryStatus.Pending, NextAttemptAt = now, RetryUntil = retryUntil };
            _deliveries[deliveryId] = again;
            return Task.FromResult<WebhookDelivery?>(again);
        }
    }

    public Task<(long Pending, DateTimeOffset? Oldest)> BacklogAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var pending = _deliveries.Values.Where(x => x.Status == DeliveryStatus.Pending).ToList();
            return Task.FromResult<(long, DateTimeOffset?)>((pending.Count, pending.Count == 0 ? null : pending.Min(x => x.CreatedAt)));
        }
    }

    void EndPending(Guid endpointId)
    {
        foreach (var delivery in _deliveries.Values.Where(x => x.EndpointId == endpointId && x.Status == DeliveryStatus.Pending).ToList())
        {
            _deliveries[delivery.Id] = delivery with { Status = DeliveryStatus.EndpointDisabled };
            EvictDeliveries(_endedDeliveries.End(delivery.Id));
        }
    }

    /// <summary>Removes the expired deliveries that are still not pending (a redelivery makes one pending again) and their attempts.</summary>
    void EvictDeliveries(IReadOnlyList<string> expired)
    {
        var gone = expired.Where(id => _deliveries.TryGetValue(id, out var delivery) && delivery.Status != DeliveryStatus.Pending).ToHashSet(StringComparer.Ordinal);
        if (gone.Count == 0)
        {
            return;
        }

        foreach (var id in gone)
        {
            _deliveries.Remove(id);
        }

        _attempts.RemoveAll(attempt => gone.Contains(attempt.DeliveryId));
    }
}
