using System.Text.Json;
using GenerationGateway.Adapters.Aholo.VendorApi;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// The open-platform API for the gateway: the wire is <see cref="IAholoApi"/> and <see cref="IAholoReadApi"/> (Refit, signed
/// by <see cref="AholoSignatureHandler"/>); this layer reads the <c>{c,d,m}</c> envelope (errors inside 200s) and maps errors (<see cref="AholoErrors"/>).
/// </summary>
sealed class AholoClient(IAholoApi api, IAholoReadApi reads, IOptions<AholoOptions> options) : IAholoClient
{
    public async Task<AholoUploadToken> GetUploadTokenAsync(CancellationToken cancellationToken)
    {
        using var response = await api.GetUploadTokenAsync(cancellationToken);
        var answer = await AholoEnvelope.ReadAsync<AholoTokenAnswer>(response, "upload/token", cancellationToken);
        if (answer is not { OusToken: { Length: > 0 } token, GlobalDomain: { Length: > 0 } domain, BlockSize: > 0 and <= int.MaxValue })
        {
            throw new JsonException("Aholo upload/token answered without ousToken, globalDomain or a positive blockSize.");
        }

        return new AholoUploadToken(token, AholoUploadToken.OriginOf(domain, options.Value.EffectiveUploadScheme), (int)answer.BlockSize.Value);
    }

    public async Task<string> CreateAsync(AholoTaskParameters parameters, IReadOnlyList<AholoUploadedInput> resources, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(resources);
        var bodies = resources.Select(r => new AholoResourceBody(r.Name, (int)r.Kind, r.Url.AbsoluteUri, new AholoResourceMeta(r.Width, r.Height, r.Duration))).ToList();
        var cover = resources.FirstOrDefault(r => r.Kind == AholoInputKind.Image)?.Url.AbsoluteUri;
        var reconstruction = parameters.Flow == AholoFlow.Reconstruction;
        var operation = reconstruction ? "project/create-3d-recon" : "project/create-3d-gen";
        using var response = reconstruction
            ? await api.CreateReconstructionAsync(new AholoReconstructionBody(
                parameters.ProjectName, cover, parameters.Scene!, parameters.TaskQuality!, parameters.AccessLevel!.Value, bodies,
                parameters.UploadSog!.Value, parameters.Panorama!.Value), cancellationToken)
            : await api.CreateGenerationAsync(new AholoGenerationBody(parameters.ProjectName, cover, parameters.Prompt, bodies.Count == 0 ? null : bodies), cancellationToken);

        var data = await AholoEnvelope.ReadAsync<JsonElement>(response, operation, cancellationToken);
        var projectId = data.ValueKind switch
        {
            JsonValueKind.String => data.GetString(),
            JsonValueKind.Object when data.TryGetProperty("projectId", out var id) => AholoJson.Text(id),
            JsonValueKind.Number => data.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(projectId) ? throw new JsonException($"Aholo {operation} answered without a project id.") : projectId;
    }

    public async Task<IReadOnlyList<AholoTask>> ListTasksAsync(IReadOnlyList<string> projectIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(projectIds);
        using var response = await reads.ListTasksAsync(projectIds, cancellationToken);
        var answer = await AholoEnvelope.ReadAsync<AholoTaskAnswer[]>(response, "task/list/by-ids", cancellationToken)
            ?? throw new JsonException("Aholo task/list/by-ids answered without a task list.");
        return [.. answer.Select(task => new AholoTask(
            task.ProjectId ?? task.Id ?? "",
            task.Status ?? throw new JsonException("Aholo task/list/by-ids listed a task without status."),
            task.Progress,
            Result(task.Result),
            AholoJson.Text(task.ErrorCode),
            task.ErrorMsg))];
    }

    public async Task<AholoProjectInfo?> GetProjectInfoAsync(string projectId, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await reads.GetProjectInfoAsync(projectId, cancellationToken);
            var answer = await AholoEnvelope.ReadAsync<AholoProjectInfoAnswer>(response, "project/info", cancellationToken);
            return answer is null ? null : new AholoProjectInfo(answer.Name, answer.ProjectType, answer.Status, Result(answer.Result));
        }
        catch (VendorCallException exception) when (exception.VendorCode == AholoErrors.ProjectNotFound)
        {
            return null;
        }
    }

    static AholoResult? Result(AholoResultAnswer? result) =>
        result is null ? null : new AholoResult(Link(result.PlyPath), Link(result.SpzPath), Link(result.SogPath));

    static Uri? Link(string? url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri : null;
}
