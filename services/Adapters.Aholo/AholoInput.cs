namespace GenerationGateway.Adapters.Aholo;

/// <summary>One input the adapter uploads to the vendor's storage (OUS) before the create call.</summary>
/// <param name="Field">The request field it comes from, e.g. <c>inputs.images[3]</c>.</param>
/// <param name="Url">Where the gateway fetches it from.</param>
/// <param name="Kind">The resource type it is sent as.</param>
public sealed record AholoInput(string Field, Uri Url, AholoInputKind Kind);
