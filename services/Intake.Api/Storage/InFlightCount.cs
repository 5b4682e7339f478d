namespace GenerationGateway.Intake.Api.Storage;

/// <summary>A tenant's generations in flight: in total and per vendor.</summary>
public sealed record InFlightCount(int Total, IReadOnlyDictionary<string, int> ByVendor);
