namespace GenerationGateway.Egress;

/// <summary>What a guarded fetch is for; it decides the time limit and the retries.</summary>
public enum EgressPurpose
{
    /// <summary>An input a client handed the gateway (image, video, photo): <c>Egress:Timeout</c>, retried at most <c>Egress:MaxRetries</c> times.</summary>
    Input,

    /// <summary>A vendor's asset link: <c>Egress:AssetTimeout</c>, not retried here (the collecting step retries).</summary>
    VendorAsset,
}
