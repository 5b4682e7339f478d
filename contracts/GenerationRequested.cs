using System.Text.Json;

namespace GenerationGateway.Contracts;

/// <summary>A vendor-neutral generation request, accepted by intake and routed by <see cref="Vendor"/>.</summary>
public sealed record GenerationRequested
{
    public required Guid GenerationId { get; init; }

    /// <summary>The tenant (platform team or application) the generation belongs to.</summary>
    public required string TenantId { get; init; }

    /// <summary>The client's own reference for this generation (order id, asset id...).</summary>
    public string? ClientReference { get; init; }

    public string? IdempotencyKey { get; init; }

    /// <summary>Vendor key, also the routing key on the bus (for example <c>rodin</c>).</summary>
    public required string Vendor { get; init; }

    public required TaskKind Kind { get; init; }

    public required GenerationInputs Inputs { get; init; }

    public required GenerationOptions Options { get; init; }

    /// <summary>Vendor-specific options, validated by the vendor's own rules at intake.</summary>
    public JsonElement? VendorOptions { get; init; }

    /// <summary>Absolute deadline: a generation still running then fails with <see cref="FailureReason.DeadlineExceeded"/>.</summary>
    public DateTimeOffset? Deadline { get; init; }

    public CallbackTarget? Callback { get; init; }

    /// <summary>
    /// The tenant's share of a vendor's capacity relative to other tenants (from the tenant's settings; 1 when unset): a tenant of
    /// weight 2 is granted twice as many freed slots as a tenant of weight 1 while both have jobs waiting.
    /// </summary>
    public int? TenantWeight { get; init; }
}
