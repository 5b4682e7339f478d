namespace GenerationGateway.VendorSim.Portrait.Api;

/// <summary>The answer envelope: <c>{"ret": 0, "body": ...}</c>; an error carries its message in <c>body</c> and <c>msg</c>.</summary>
public sealed record PortraitEnvelope(int Ret, object? Body, string? Msg = null);
