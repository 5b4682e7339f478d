using GenerationGateway.Messaging.Postgres.Scheduling;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Messaging.Postgres.Tests.Scheduling;

public sealed class PostgresSchedulerRegistrationTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task Start_fails_naming_a_missing_connection_string()
    {
        var settings = new Dictionary<string, string?> { [$"{PostgresSchedulerOptions.SectionName}:ConnectionStringName"] = "NotConfigured" };

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => TestBusHost.StartAsync(
            database.ConnectionString, UniqueName.For("scheduler-test"), _ => { }, (_, _) => { }, settings));

        Assert.Contains("ConnectionStrings:NotConfigured", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_fails_naming_an_invalid_poll_interval()
    {
        var settings = new Dictionary<string, string?> { [$"{PostgresSchedulerOptions.SectionName}:PollInterval"] = "00:00:00" };

        var exception = await Assert.ThrowsAsync<OptionsValidationException>(() => TestBusHost.StartAsync(
            database.ConnectionString, UniqueName.For("scheduler-test"), _ => { }, (_, _) => { }, settings));

        Assert.Contains("PollInterval", exception.Message, StringComparison.Ordinal);
    }
}
