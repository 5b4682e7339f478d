using System.Security.Cryptography;
using System.Text.Json;
using GenerationGateway.VendorSim.Aholo.Faults;
using GenerationGateway.VendorSim.Aholo.Projects;
using GenerationGateway.VendorSim.Aholo.Responses;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Aholo.Endpoints;

/// <summary><c>POST project/create-3d-recon</c> and <c>project/create-3d-gen</c>: validate, create the project, answer <c>d</c> = its id.</summary>
public static class AholoCreateEndpoints
{
    public static Task<IResult> ReconstructionAsync(
        HttpContext context, AholoScriptedFaults faults, AholoProjectStore projects, AholoLinks links, TimeProvider time, IOptions<AholoSimulatorOptions> options) =>
        CreateAsync(context, AholoFaultEndpoints.CreateReconstruction, AholoProject.Reconstruction, AholoCreateParser.Reconstruction, faults, projects, links, time, options);

    public static Task<IResult> GenerationAsync(
        HttpContext context, AholoScriptedFaults faults, AholoProjectStore projects, AholoLinks links, TimeProvider time, IOptions<AholoSimulatorOptions> options) =>
        CreateAsync(context, AholoFaultEndpoints.CreateGeneration, AholoProject.Generation, AholoCreateParser.Generation, faults, projects, links, time, options);

    private static async Task<IResult> CreateAsync(
        HttpContext context,
        string endpoint,
        int projectType,
        Func<JsonElement, Func<string, string?>, (AholoCreateRequest? Request, string? Error)> parse,
        AholoScriptedFaults faults,
        AholoProjectStore projects,
        AholoLinks links,
        TimeProvider time,
        IOptions<AholoSimulatorOptions> options)
    {
        if (faults.TakeRequestFault(endpoint) is { } fault)
        {
            return AholoResults.Injected(fault, context);
        }

        if (await AholoRequestBodies.JsonAsync(context.Request, context.RequestAborted) is not { } body)
        {
            return AholoResults.InvalidParameter("The body must be JSON (Content-Type: application/json).");
        }

        Func<string, string?> urlProblem = options.Value.RequireUploadedResources ? links.ProblemWithUploadedUrl : _ => null;
        var (request, error) = parse(body, urlProblem);
        if (request is null)
        {
            return AholoResults.InvalidParameter(error!);
        }

        var script = faults.TakeJobFault();
        var project = new AholoProject
        {
            Id = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
            TaskId = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)),
            Name = request.ProjectName ?? "Untitled project",
            ProjectType = projectType,
            Request = request,
            CreatedAt = time.GetUtcNow(),
            EndStatus = script?.Kind == AholoFaultKinds.JobStatus ? script.Status!.Value : AholoJobStatuses.Succeeded,
            Stalled = script?.Kind == AholoFaultKinds.Stall,
            ErrorMessage = script?.Message,
        };
        projects.Add(project);
        return AholoResults.Ok(project.Id);
    }
}
