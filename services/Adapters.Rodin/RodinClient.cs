using System.Text.Json;
using GenerationGateway.Adapters.Rodin.VendorApi;
using GenerationGateway.Contracts;
using GenerationGateway.Egress;
using Microsoft.Extensions.Options;
using Refit;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>
/// The Rodin API for the gateway: the wire is <see cref="IRodinApi"/> and <see cref="IRodinReadApi"/> (Refit); this layer
/// fetches the input images, adds the key, reads Rodin's answers (errors inside 200s too) and maps its errors (<see cref="RodinErrors"/>).
/// </summary>
sealed class RodinClient(IRodinApi api, IRodinReadApi reads, EgressFetcher fetcher, IOptions<RodinOptions> options) : IRodinClient
{
    readonly RodinOptions _options = options.Value;

    public async Task<RodinSubmission> GenerateAsync(RodinGenerateParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        var images = await FetchImagesAsync(parameters.Images, cancellationToken);

        var fields = parameters.ToFormFields().ToLookup(x => x.Key, x => x.Value, StringComparer.Ordinal);
        string? One(string name) => fields[name].FirstOrDefault();
        using var response = await api.GenerateAsync(
            [.. images.Select(x => new ByteArrayPart(x.Bytes, x.FileName, x.ContentType))],
            One(RodinFormFields.Tier), One(RodinFormFields.Prompt), One(RodinFormFields.Seed), One(RodinFormFields.GeometryFileFormat),
            One(RodinFormFields.Material), One(RodinFormFields.Quality), One(RodinFormFields.QualityOverride), One(RodinFormFields.MeshMode),
            One(RodinFormFields.MeshSimplify), One(RodinFormFields.MeshSmooth), One(RodinFormFields.TaPose), One(RodinFormFields.BboxCondition),
            fields[RodinFormFields.Addons], One(RodinFormFields.PreviewRender), One(RodinFormFields.UseOriginalAlpha), One(RodinFormFields.HdTexture),
            One(RodinFormFields.TextureDelight), One(RodinFormFields.TextureMode), One(RodinFormFields.GeometryInstructMode),
            One(RodinFormFields.IsMicro), One(RodinFormFields.ConditionMode), fields[RodinFormFields.ImageLabel],
            _options.ApiKey, cancellationToken);
        var answer = await ReadAsync<RodinGenerateAnswer>(response, "generate", cancellationToken);
        if (answer.Uuid is not { Length: > 0 } uuid || answer.Jobs?.SubscriptionKey is not { Length: > 0 } subscriptionKey)
        {
            throw new JsonException("Rodin generate answered without uuid or jobs.subscription_key.");
        }

        return new RodinSubmission(uuid, subscriptionKey, answer.Jobs.Uuids ?? [], answer.Prompt);
    }

    public async Task<int> CheckImagesAsync(IReadOnlyList<InputImage> images, CancellationToken cancellationToken) =>
        (await FetchImagesAsync(images, cancellationToken)).Count;

    async Task<List<RodinInputImage>> FetchImagesAsync(IReadOnlyList<InputImage> images, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(images);
        var fetched = new List<RodinInputImage>(images.Count);
        for (var i = 0; i < images.Count; i++)
        {
            // Through the egress guard, never the Rodin client: the key never leaves for another host.
            fetched.Add(await RodinInputImage.FetchAsync(fetcher, images[i], i, _options.MaxImageBytes, cancellationToken));
        }

        return fetched;
    }

    public async Task<IReadOnlyList<RodinJobState>> GetStatusAsync(string subscriptionKey, CancellationToken cancellationToken)
    {
        using var response = await reads.GetStatusAsync(new RodinStatusRequest(subscriptionKey), _options.ApiKey, cancellationToken);
        var answer = await ReadAsync<RodinStatusAnswer>(response, "status", cancellationToken);
        return answer.Jobs is { } jobs
            ? [.. jobs.Select(x => new RodinJobState(x.Uuid ?? "", x.Status ?? ""))]
            : throw new JsonException("Rodin status answered without jobs.");
    }

    public async Task<IReadOnlyList<RodinFile>> DownloadAsync(string taskUuid, CancellationToken cancellationToken)
    {
        using var response = await reads.DownloadAsync(new RodinDownloadRequest(taskUuid), _options.ApiKey, cancellationToken);
        var answer = await ReadAsync<RodinDownloadAnswer>(response, "download", cancellationToken);
        if (answer.List is not { } list)
        {
            throw new JsonException("Rodin download answered without list.");
        }

        return [.. list.Select(x => Uri.TryCreate(x.Url, UriKind.Absolute, out var url) && !string.IsNullOrEmpty(x.Name)
            ? new RodinFile(x.Name, url)
            : throw new JsonException($"Rodin download listed a file without name or absolute url ({x.Name}, {x.Url})."))];
    }

    /// <summary>Rodin's envelope: the status decides auth, throttling and server failures; otherwise an <c>error</c> code in the body does, even in a 200.</summary>
    static async Task<T> ReadAsync<T>(HttpResponseMessage response, string operation, CancellationToken cancellationToken)
        where T : RodinAnswer
    {
        var (body, answer) = await RodinJson.ReadAsync<T>(response, cancellationToken);
        if (!response.IsSuccessStatusCode && RodinErrors.StatusDecides(response.StatusCode))
        {
            throw RodinErrors.FromStatus(operation, response, answer, body);
        }

        if (answer is { IsError: true })
        {
            throw RodinErrors.FromCode(operation, answer.Error!, answer.Message);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw RodinErrors.FromStatus(operation, response, answer, body);
        }

        return answer ?? throw new JsonException($"Rodin {operation} answered HTTP {(int)response.StatusCode} with a body that is not its JSON.");
    }
}
