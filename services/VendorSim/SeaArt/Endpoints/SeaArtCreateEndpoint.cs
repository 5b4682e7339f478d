using System.Text.Json;
using GenerationGateway.VendorSim.SeaArt.Create;
using GenerationGateway.VendorSim.SeaArt.Faults;
using GenerationGateway.VendorSim.SeaArt.Tasks;

namespace GenerationGateway.VendorSim.SeaArt.Endpoints;

/// <summary><c>POST /v1/generation</c>: check the envelope and params, create the task, answer 200 <c>{id, status: in_progress}</c>.</summary>
public static class SeaArtCreateEndpoint
{
    public const string ModelHeader = "X-Model";

    public static async Task<IResult> HandleAsync(HttpContext context, SeaArtScriptedFaults faults, SeaArtTaskFactory tasks)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(SeaArtFaultEndpoints.Create) is { } fault)
        {
            return SeaArtScriptedFaults.Answer(fault, context);
        }

        JsonElement body;
        try
        {
            using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            body = document.RootElement.Clone();
        }
        catch (JsonException ex)
        {
            return SeaArtResults.InvalidParams($"The body is not JSON: {ex.Message}");
        }

        var header = context.Request.Headers[ModelHeader].ToString();
        var (request, error) = SeaArtCreateParser.Parse(body, string.IsNullOrWhiteSpace(header) ? null : header.Trim());
        if (request is null)
        {
            return SeaArtResults.InvalidParams(error!);
        }

        var task = tasks.Create(request);
        return SeaArtResults.Json(SeaArtTaskView.Created(task, SeaArtTaskState.InProgress));
    }
}
