using System.Collections.Concurrent;
using System.Text.Json;

namespace GenerationGateway.TestSupport.Identity;

/// <summary>
/// One key per tenant, made on first use: for tests that send requests of many tenants through one client. The
/// tenant of a request is the <c>tenantId</c> its JSON body names (when it is a usable one), else the default.
/// </summary>
public sealed class TenantKeys(Func<string, Task<string>> create, string defaultTenant)
{
    readonly ConcurrentDictionary<string, Lazy<Task<string>>> _keys = new(StringComparer.Ordinal);

    public string DefaultTenant => defaultTenant;

    public Task<string> ForAsync(string tenantId) =>
        _keys.GetOrAdd(tenantId, tenant => new Lazy<Task<string>>(() => create(tenant))).Value;

    /// <summary>The key for the tenant the request's body names, else for the default tenant.</summary>
    public async Task<string?> ForRequestAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tenant = request.Content is null ? null : BodyTenant(await request.Content.ReadAsByteArrayAsync(cancellationToken));
        return await ForAsync(tenant ?? defaultTenant);
    }

    /// <summary>A plain tenant id the body names; odd ones (empty, long, control characters) go with the default tenant.</summary>
    static string? BodyTenant(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("tenantId", out var tenant)
                && tenant.ValueKind == JsonValueKind.String
                && tenant.GetString() is { Length: > 0 and <= 100 } value
                && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
                    ? value
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
