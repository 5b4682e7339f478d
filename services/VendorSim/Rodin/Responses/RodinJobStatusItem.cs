namespace GenerationGateway.VendorSim.Rodin.Responses;

public sealed record RodinJobStatusItem(string Uuid, string Status);
