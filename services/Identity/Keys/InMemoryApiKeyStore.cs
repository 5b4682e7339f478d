using System.Collections.Concurrent;

namespace GenerationGateway.Identity.Keys;

/// <summary>API keys in process memory: the embedded Standalone host only.</summary>
public sealed class InMemoryApiKeyStore : IApiKeyStore
{
    readonly ConcurrentDictionary<Guid, ApiKey> _keys = new();

    public Task AddAsync(ApiKey key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_keys.TryAdd(key.Id, key))
        {
            throw new InvalidOperationException($"An API key with id {key.Id} exists already.");
        }

        return Task.CompletedTask;
    }

    public Task<ApiKey?> FindByHashAsync(string keyHash, CancellationToken cancellationToken) =>
        Task.FromResult(_keys.Values.FirstOrDefault(key => key.KeyHash == keyHash));

    public Task<IReadOnlyList<ApiKey>> ListAsync(string? tenantId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<ApiKey>>(_keys.Values
            .Where(key => tenantId is null || key.TenantId == tenantId)
            .OrderBy(key => key.CreatedAt)
            .ThenBy(key => key.Id)
            .ToList());

    public Task<bool> RevokeAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        while (_keys.TryGetValue(id, out var key))
        {
            if (key.Revoked || _keys.TryUpdate(id, key with { RevokedAt = now }, key))
            {
                return Task.FromResult(true);
            }
        }

        return Task.FromResult(false);
    }

    public Task TouchAsync(Guid id, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken)
    {
        if (_keys.TryGetValue(id, out var key) && (key.LastUsedAt is not { } last || now - last > interval))
        {
            _keys.TryUpdate(id, key with { LastUsedAt = now }, key);
        }

        return Task.CompletedTask;
    }
}
