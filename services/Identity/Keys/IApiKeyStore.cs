namespace GenerationGateway.Identity.Keys;

/// <summary>The identity store: API keys of every tenant, found by the hash of the key.</summary>
public interface IApiKeyStore
{
    Task AddAsync(ApiKey key, CancellationToken cancellationToken);

    /// <summary>The key with this hash, revoked or not; null when none.</summary>
    Task<ApiKey?> FindByHashAsync(string keyHash, CancellationToken cancellationToken);

    /// <summary>Every key of <paramref name="tenantId"/> (of every tenant when null), oldest first.</summary>
    Task<IReadOnlyList<ApiKey>> ListAsync(string? tenantId, CancellationToken cancellationToken);

    /// <summary>Revokes the key; false when there is no key with this id. Revoking twice keeps the first time.</summary>
    Task<bool> RevokeAsync(Guid id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records a use, unless one at most <paramref name="interval"/> ago is recorded already.</summary>
    Task TouchAsync(Guid id, DateTimeOffset now, TimeSpan interval, CancellationToken cancellationToken);
}
