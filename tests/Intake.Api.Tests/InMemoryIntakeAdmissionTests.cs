using GenerationGateway.Intake.Api.Storage;
using GenerationGateway.ServiceDefaults.InMemory;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api.Tests;

public sealed class InMemoryIntakeAdmissionTests : IntakeAdmissionSpecs
{
    readonly InMemoryIntakeStore _store = new(Options.Create(new InMemoryRetentionOptions()), TimeProvider.System);

    protected override IIntakeStore Store() => _store;
}
