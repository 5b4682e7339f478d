namespace GenerationGateway.VendorSim.Aholo.Responses;

/// <summary>Every Aholo answer: <c>{"c":"0","d":…,"m":null,"f":""}</c>; <c>c</c> other than "0" is an error described by <c>m</c>.</summary>
public sealed record AholoEnvelope(string C, object? D, string? M, string F);
