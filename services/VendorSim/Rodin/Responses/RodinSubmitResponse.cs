namespace GenerationGateway.VendorSim.Rodin.Responses;

/// <summary>The 201 answer of <c>POST /rodin</c>.</summary>
public sealed record RodinSubmitResponse(string? Error, string Message, string Prompt, string SubmitTime, string Uuid, RodinSubmitJobs Jobs);
