namespace GenerationGateway.Adapters.Workflow.VendorHttp;

/// <summary>What every vendor's settings say about reaching its API: the base address and the timeout of one call.</summary>
public interface IVendorApiOptions
{
    /// <summary>The API base; validated at start by the vendor's options.</summary>
    Uri? BaseUrl { get; }

    /// <summary>How long one call may take.</summary>
    TimeSpan Timeout { get; }
}
