using GenerationGateway.Intake.Api.Storage;

namespace GenerationGateway.Intake.Api.Tests;

public sealed class InMemoryIntakeAdmissionTests : IntakeAdmissionSpecs
{
    readonly InMemoryIntakeStore _store = new();

    protected override IIntakeStore Store() => _store;
}
