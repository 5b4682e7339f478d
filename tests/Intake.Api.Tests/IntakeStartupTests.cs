using System.Net;
using GenerationGateway.Intake.Api.Storage;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api.Tests;

public sealed class IntakeStartupTests
{
    [Fact]
    public void Refuses_to_start_on_postgres_without_its_connection_string()
    {
        var exception = StartupFailure(new Dictionary<string, string>
        {
            ["Intake:Persistence"] = "Postgres",
            ["Messaging:Transport"] = "InMemory",
        });

        Assert.Contains("ConnectionStrings:Intake is required when Intake:Persistence is Postgres.", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("too-short-for-an-admin-key")]
    public void Refuses_to_start_without_an_admin_key_of_the_minimum_length(string adminKey)
    {
        var exception = StartupFailure(new Dictionary<string, string>
        {
            ["Intake:Persistence"] = "InMemory",
            ["Messaging:Transport"] = "InMemory",
            ["Auth:AdminKey"] = adminKey,
        });

        Assert.Contains("Auth:AdminKey is required (at least 32 characters)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_to_start_with_the_identity_store_on_postgres_without_its_connection_string()
    {
        var exception = StartupFailure(new Dictionary<string, string>
        {
            ["Intake:Persistence"] = "InMemory",
            ["Messaging:Transport"] = "InMemory",
            ["Identity:Persistence"] = "Postgres",
        });

        Assert.Contains("ConnectionStrings:Identity is required when Identity:Persistence is Postgres.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrates_its_database_at_start_and_is_ready_only_while_the_database_answers()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var app = IntakeApp.With(new Dictionary<string, string>
        {
            ["Intake:Persistence"] = "Postgres",
            ["ConnectionStrings:Intake"] = database.ConnectionString,
            ["Messaging:Transport"] = "InMemory",
        });
        using var client = app.CreateApiClient();

        using var ready = await client.GetAsync("/health/ready");
        var version = await database.ScalarAsync<int>("SELECT max(version) FROM schema_version WHERE component = 'intake'");
        await database.DisposeAsync();
        using var gone = await client.GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(IntakeDatabaseMigrations.All.Max(x => x.Version), version);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, gone.StatusCode);
    }

    /// <summary>
    /// What stops intake from starting with <paramref name="settings"/>. WebApplicationFactory sometimes disposes the failed
    /// host before its deferred start reads it (an <see cref="ObjectDisposedException"/> instead of the failure); then the
    /// start is tried again, at most three times.
    /// </summary>
    static OptionsValidationException StartupFailure(Dictionary<string, string> settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var app = IntakeApp.With(settings);
            try
            {
                using var client = app.CreateClient();
            }
            catch (OptionsValidationException exception)
            {
                return exception;
            }
            catch (ObjectDisposedException) when (attempt < 3)
            {
                continue;
            }

            throw new Xunit.Sdk.XunitException("Intake started although its settings are invalid.");
        }
    }
}
