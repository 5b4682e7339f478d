using System.Net.Http.Headers;
using System.Text.Json;
using GenerationGateway.Adapters.Rodin.VendorApi;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules.Rodin;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Rodin;

/// <summary>The typed client of the Rodin API; its <see cref="HttpClient"/> has the base URL, the key is added per call.</summary>
public sealed class RodinClient(HttpClient http, IHttpClientFactory httpClientFactory, IOptions<RodinOptions> options) : IRodinClient
{
    /// <summary>The named client input images are fetched with: never the Rodin client, so the key never leaves for another host.</summary>
    public const string InputImagesClientName = "rodin-input-images";

    public const string GeneratePath = "rodin";
    public const string StatusPath = "status";
    public const string DownloadPath = "download";
    public const string CheckBalancePath = "check_balance";

    readonly RodinOptions _options = options.Value;

    public async Task<RodinSubmission> GenerateAsync(RodinGenerateParameters parameters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);

        var images = new List<RodinInputImage>();
        var fetcher = httpClientFactory.CreateClient(InputImagesClientName);
        for (var i = 0; i < parameters.Images.Count; i++)
        {
            images.Add(await RodinInputImage.FetchAsync(fetcher, parameters.Images[i], i, _options.MaxImageBytes, cancellationToken));
        }

        using var form = new MultipartFormDataContent();
        foreach (var image in images)
        {
            form.Add(image.ToContent(), RodinFormFields.Images, image.FileName);
        }

        foreach (var (name, value) in parameters.ToFormFields())
        {
            form.Add(new StringContent(value), name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, GeneratePath) { Content = form };
        var answer = await SendAsync<RodinGenerateAnswer>(request, "generate", cancellationToken);
        if (answer.Uuid is not { Length: > 0 } uuid || answer.Jobs?.SubscriptionKey is not { Length: > 0 } subscriptionKey)
        {
            throw new JsonException("Rodin generate answered without uuid or jobs.subscription_key.");
        }

        return new RodinSubmission(uuid, subscriptionKey, answer.Jobs.Uuids ?? [], answer.Prompt);
    }

    public async Task<IReadOnlyList<RodinJobState>> GetStatusAsync(string subscriptionKey, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, StatusPath)
        {
            Content = JsonContent.Create(new RodinStatusRequest(subscriptionKey), options: RodinJson.Options),
        };
        var answer = await SendAsync<RodinStatusAnswer>(request, "status", cancellationToken);
        return answer.Jobs is { } jobs
            ? [.. jobs.Select(x => new RodinJobState(x.Uuid ?? "", x.Status ?? ""))]
            : throw new JsonException("Rodin status answered without jobs.");
    }

    public async Task<IReadOnlyList<RodinFile>> DownloadAsync(string taskUuid, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, DownloadPath)
        {
            Content = JsonContent.Create(new RodinDownloadRequest(taskUuid), options: RodinJson.Options),
        };
        var answer = await SendAsync<RodinDownloadAnswer>(request, "download", cancellationToken);
        if (answer.List is not { } list)
        {
            throw new JsonException("Rodin download answered without list.");
        }

        return [.. list.Select(x => Uri.TryCreate(x.Url, UriKind.Absolute, out var url) && !string.IsNullOrEmpty(x.Name)
            ? new RodinFile(x.Name, url)
            : throw new JsonException($"Rodin download listed a file without name or absolute url ({x.Name}, {x.Url})."))];
    }

    public async Task<decimal> CheckBalanceAsync(CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, CheckBalancePath);
        var answer = await SendAsync<RodinBalanceAnswer>(request, "check_balance", cancellationToken);
        return answer.Balance ?? throw new JsonException("Rodin check_balance answered without balance.");
    }

    async Task<T> SendAsync<T>(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
        where T : RodinAnswer
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _options.ApiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await SendOrExplainAsync(request, operation, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        var answer = TryParse<T>(body);
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

    /// <summary>A connection that never opened means Rodin did not see the call: safe to make again later.</summary>
    async Task<HttpResponseMessage> SendOrExplainAsync(HttpRequestMessage request, string operation, CancellationToken cancellationToken)
    {
        try
        {
            return await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException exception) when (exception.HttpRequestError is HttpRequestError.NameResolutionError
            or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError)
        {
            throw new VendorCallException(VendorErrorKind.Throttled, FailureReason.VendorUnavailable, null,
                $"Rodin {operation} could not connect: {exception.Message}", null, exception);
        }
    }

    static T? TryParse<T>(string body)
        where T : RodinAnswer
    {
        try
        {
            return JsonSerializer.Deserialize<T>(body, RodinJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
