using Microsoft.Extensions.Options;

namespace GenerationGateway.Messaging.Postgres.Scheduling;

/// <summary>Fails start-up when the connection string the scheduler points at does not exist.</summary>
internal sealed class PostgresSchedulerOptionsValidator(PostgresDataSources dataSources) : IValidateOptions<PostgresSchedulerOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgresSchedulerOptions options) =>
        string.IsNullOrWhiteSpace(options.ConnectionStringName) || dataSources.IsConfigured(options.ConnectionStringName)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"ConnectionStrings:{options.ConnectionStringName} is required by {PostgresSchedulerOptions.SectionName}:ConnectionStringName.");
}
