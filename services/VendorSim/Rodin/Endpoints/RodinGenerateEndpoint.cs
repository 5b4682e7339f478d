using System.Globalization;
using GenerationGateway.VendorSim.Rodin.Faults;
using GenerationGateway.VendorSim.Rodin.Generate;
using GenerationGateway.VendorSim.Rodin.Responses;
using GenerationGateway.VendorSim.Rodin.Tasks;

namespace GenerationGateway.VendorSim.Rodin.Endpoints;

/// <summary><c>POST /rodin</c>: validate the multipart form, charge the credits, create the task, answer 201.</summary>
public static class RodinGenerateEndpoint
{
    private const string ImagePrompt = "A 3D model generated from the input image.";

    public static async Task<IResult> HandleAsync(
        HttpContext context, RodinScriptedFaults faults, RodinAccount account, RodinTaskFactory tasks)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(RodinFaultEndpoints.Submit) is { } fault)
        {
            return RodinResults.Injected(fault, context);
        }

        var request = context.Request;
        if (!request.HasFormContentType || !request.ContentType!.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return RodinResults.InvalidRequest("multipart/form-data is required.");
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException ex)
        {
            return RodinResults.InvalidRequest($"Malformed multipart body: {ex.Message}");
        }

        var (generate, error) = RodinGenerateParser.Parse(form);
        if (generate is null)
        {
            return RodinResults.InvalidRequest(error!);
        }

        if (!account.TryCharge(generate.Cost))
        {
            return RodinResults.BusinessError(
                RodinErrorCodes.InsufficientFund,
                $"This generation costs {generate.Cost.ToString(CultureInfo.InvariantCulture)} credits; the balance is {account.Balance.ToString(CultureInfo.InvariantCulture)}.");
        }

        var task = tasks.Create(generate);
        var response = new RodinSubmitResponse(
            Error: null,
            Message: "Submitted.",
            Prompt: generate.Prompt ?? ImagePrompt,
            SubmitTime: task.SubmittedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            Uuid: task.Uuid,
            Jobs: new RodinSubmitJobs(task.JobUuids, task.SubscriptionKey));
        return RodinResults.Json(response, StatusCodes.Status201Created);
    }
}
