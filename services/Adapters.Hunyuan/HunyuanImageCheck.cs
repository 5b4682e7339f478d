using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.Egress;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>
/// Fetches every input image given by URL and checks the bytes against the seed's limits (format, 8 MB, each side
/// 128–5000 px, multi-view total 8 MB) before the paid submit. A broken limit is a rejected invalid-request; an
/// image that cannot be fetched through the egress guard (which retried it) is a rejected input-unavailable.
/// </summary>
public sealed class HunyuanImageCheck(EgressFetcher fetcher)
{
    /// <summary>Checks the images; returns how many were checked.</summary>
    public async Task<int> CheckAsync(GenerationRequested request, CancellationToken cancellationToken)
    {
        long viewBytes = 0;
        var slots = HunyuanParametersResolver.ImagesByUrl(request);
        foreach (var slot in slots)
        {
            var bytes = await FetchAsync(slot, cancellationToken);
            if (HunyuanImageLimits.Check(bytes, slot.IsView) is { } problem)
            {
                throw Invalid($"Input image {slot.Field} ({slot.Url}) breaks Hunyuan's limits: {problem}");
            }

            viewBytes += slot.IsView ? bytes.Length : 0;
        }

        if (viewBytes > HunyuanImageLimits.MaxMultiViewTotalBytes)
        {
            throw Invalid($"The multi-view images total {viewBytes:N0} bytes; Hunyuan accepts at most {HunyuanImageLimits.MaxMultiViewTotalBytes:N0}.");
        }

        return slots.Count;
    }

    // Through the egress guard, never the SeaArt client: the key never leaves for another host.
    async Task<byte[]> FetchAsync(HunyuanImageSlot slot, CancellationToken cancellationToken)
    {
        try
        {
            return await fetcher.GetAsync(new Uri(slot.Url), EgressPurpose.Input, async (response, token) =>
                await BoundedContent.ReadAsync(response.Content, HunyuanImageLimits.MaxImageBytes, token)
                ?? throw TooLarge(slot, HunyuanImageLimits.MaxImageBytes), cancellationToken);
        }
        catch (EgressException exception)
        {
            throw InputFetchFailures.From($"Input image {slot.Field}", exception);
        }
    }

    static VendorCallException TooLarge(HunyuanImageSlot slot, long limit) =>
        Invalid($"Input image {slot.Field} is larger than {limit:N0} bytes, Hunyuan's limit.");

    static VendorCallException Invalid(string message) =>
        new(VendorErrorKind.Rejected, FailureReason.InvalidRequest, null, message);
}
