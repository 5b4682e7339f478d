using System.Collections.Concurrent;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using GenerationGateway.Identity.Keys;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Identity.Authentication;

/// <summary>
/// Turns a presented key into the caller's identity: the configured admin key (compared in constant time), else the
/// stored key with that hash. A found key is reused for <see cref="IdentityOptions.KeyCacheDuration"/> at most, so a
/// revocation reaches every replica within that time; its last use is written at most once per
/// <see cref="IdentityOptions.LastUsedWriteInterval"/>.
/// </summary>
public sealed class ApiKeyResolver
{
    const int MaxCachedKeys = 10_000;

    readonly IApiKeyStore _store;
    readonly TimeProvider _timeProvider;
    readonly IdentityOptions _options;
    readonly byte[]? _adminKeyHash;
    readonly ConcurrentDictionary<string, (ApiKey Key, DateTimeOffset FetchedAt)> _cache = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<Guid, DateTimeOffset> _lastTouched = new();

    public ApiKeyResolver(IApiKeyStore store, TimeProvider timeProvider, IOptions<IdentityOptions> options, IOptions<AuthOptions> auth)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(auth);
        _store = store;
        _timeProvider = timeProvider;
        _options = options.Value;
        _adminKeyHash = string.IsNullOrEmpty(auth.Value.AdminKey) ? null : SHA256.HashData(Encoding.UTF8.GetBytes(auth.Value.AdminKey));
    }

    /// <summary>The caller's identity, or null when the key is unknown or revoked.</summary>
    public async Task<ClaimsIdentity?> ResolveAsync(string presented, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(presented);
        if (_adminKeyHash is not null
            && CryptographicOperations.FixedTimeEquals(_adminKeyHash, SHA256.HashData(Encoding.UTF8.GetBytes(presented))))
        {
            return Identity(ApiKeyDefaults.ConfiguredAdminKeyId, tenantId: null, [GatewayScopes.Admin]);
        }

        if (!ApiKeySecret.IsWellFormed(presented))
        {
            return null;
        }

        var hash = ApiKeySecret.Hash(presented);
        var now = _timeProvider.GetUtcNow();
        ApiKey? key;
        if (_cache.TryGetValue(hash, out var cached) && now - cached.FetchedAt < _options.KeyCacheDuration)
        {
            key = cached.Key;
        }
        else
        {
            key = await _store.FindByHashAsync(hash, cancellationToken);
            Remember(hash, key, now);
        }

        if (key is null || key.Revoked)
        {
            return null;
        }

        await TouchAsync(key.Id, now, cancellationToken);
        return Identity(key.Id.ToString(), key.TenantId, key.Scopes);
    }

    /// <summary>Forgets a key this replica may have cached (it was just revoked here).</summary>
    public void Forget(Guid keyId)
    {
        foreach (var (hash, entry) in _cache)
        {
            if (entry.Key.Id == keyId)
            {
                _cache.TryRemove(hash, out _);
            }
        }
    }

    void Remember(string hash, ApiKey? key, DateTimeOffset now)
    {
        if (key is null || key.Revoked || _options.KeyCacheDuration <= TimeSpan.Zero)
        {
            _cache.TryRemove(hash, out _);
            return;
        }

        if (_cache.Count >= MaxCachedKeys)
        {
            _cache.Clear();
        }

        _cache[hash] = (key, now);
    }

    async Task TouchAsync(Guid keyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_lastTouched.TryGetValue(keyId, out var last) && now - last < _options.LastUsedWriteInterval)
        {
            return;
        }

        _lastTouched[keyId] = now;
        await _store.TouchAsync(keyId, now, _options.LastUsedWriteInterval, cancellationToken);
    }

    static ClaimsIdentity Identity(string keyId, string? tenantId, IEnumerable<string> scopes)
    {
        var claims = new List<Claim> { new(GatewayClaims.KeyId, keyId) };
        if (tenantId is not null)
        {
            claims.Add(new Claim(GatewayClaims.Tenant, tenantId));
        }

        claims.AddRange(scopes.Select(scope => new Claim(GatewayClaims.Scope, scope)));
        return new ClaimsIdentity(claims, ApiKeyDefaults.Scheme, GatewayClaims.KeyId, roleType: null);
    }
}
