namespace GenerationGateway.Intake.Api.Tests;

/// <summary>A test class on the shared <see cref="IntakeApp"/>: the app, and an API client with a test tenant's key.</summary>
public abstract class IntakeAppTests(IntakeApp app) : IClassFixture<IntakeApp>
{
    protected IntakeApp App { get; } = app;

    protected HttpClient Client { get; } = app.CreateApiClient();
}
