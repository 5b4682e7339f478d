using System.Net;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Hunyuan;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>
/// Fetches every input image given by URL and checks the bytes against the seed's limits (format, 8 MB, each side
/// 128–5000 px, multi-view total 8 MB) before the paid submit. A broken limit is a rejected invalid-request; an
/// image that is gone is a rejected input-unavailable; a fetch that fails for now is transient (the step is retried).
/// </summary>
public sealed class HunyuanImageCheck(IHttpClientFactory httpClientFactory)
{
    /// <summary>The named client input images are fetched with: never the SeaArt client, so the key never leaves for another host.</summary>
    public const string ClientName = "hunyuan-input-images";

    /// <summary>Checks the images; returns how many were checked.</summary>
    public async Task<int> CheckAsync(GenerationRequested request, CancellationToken cancellationToken)
    {
        var http = httpClientFactory.CreateClient(ClientName);
        long viewBytes = 0;
        var slots = HunyuanParametersResolver.ImagesByUrl(request);
        foreach (var slot in slots)
        {
            var bytes = await FetchAsync(http, slot, cancellationToken);
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

    static async Task<byte[]> FetchAsync(HttpClient http, HunyuanImageSlot slot, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await http.GetAsync(new Uri(slot.Url), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                throw (int)response.StatusCode is >= 400 and < 500 && response.StatusCode != HttpStatusCode.TooManyRequests
                    ? new VendorCallException(VendorErrorKind.Rejected, FailureReason.InputUnavailable, null, $"Input image {slot.Field} answered HTTP {(int)response.StatusCode}.")
                    : Unavailable(slot, $"HTTP {(int)response.StatusCode}", null);
            }

            return await BoundedContent.ReadAsync(response.Content, HunyuanImageLimits.MaxImageBytes, cancellationToken)
                ?? throw TooLarge(slot, HunyuanImageLimits.MaxImageBytes);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException
            || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw Unavailable(slot, exception.Message, exception);
        }
    }

    static VendorCallException TooLarge(HunyuanImageSlot slot, long limit) =>
        Invalid($"Input image {slot.Field} is larger than {limit:N0} bytes, Hunyuan's limit.");

    static VendorCallException Invalid(string message) =>
        new(VendorErrorKind.Rejected, FailureReason.InvalidRequest, null, message);

    static VendorCallException Unavailable(HunyuanImageSlot slot, string detail, Exception? inner) =>
        new(VendorErrorKind.Unavailable, FailureReason.InputUnavailable, null, $"Input image {slot.Field} could not be fetched: {detail}.", null, inner);
}
