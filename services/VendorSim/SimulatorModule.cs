namespace GenerationGateway.VendorSim;

/// <summary>One simulated vendor API: its services, its routes and its control endpoints under <c>/_sim</c>.</summary>
public sealed record SimulatorModule(
    Action<IServiceCollection> AddServices,
    Action<IEndpointRouteBuilder> MapApi,
    Action<IEndpointRouteBuilder> MapControl);
