namespace GenerationGateway.Results.Api.Usage;

/// <summary>The generations created from <see cref="From"/> to <see cref="To"/> (UTC days, both included) of one tenant, or of all.</summary>
public sealed record UsageQuery
{
    /// <summary>The longest range one request may ask for, in days.</summary>
    public const int MaxDays = 366;

    public required DateOnly From { get; init; }

    public required DateOnly To { get; init; }

    /// <summary>Null: every tenant (admin keys only).</summary>
    public string? TenantId { get; init; }

    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant after the range.</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
