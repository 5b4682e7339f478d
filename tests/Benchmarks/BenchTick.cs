namespace GenerationGateway.Benchmarks;

/// <summary>A scheduled message that knows when it was due.</summary>
public sealed record BenchTick(Guid Id, DateTimeOffset DueAt);
