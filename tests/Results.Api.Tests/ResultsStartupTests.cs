using System.Net;
using GenerationGateway.Messaging.Postgres;
using GenerationGateway.Results.Api.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Results.Api.Tests;

public sealed class ResultsStartupTests
{
    [Fact]
    public async Task Postgres_persistence_without_a_connection_string_stops_the_start_naming_the_setting()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseIdentitySettings();
            builder.UseSetting("Results:Persistence", "Postgres");
            builder.UseSetting("ConnectionStrings:Results", "");
        });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(FindValidationError(error));
        Assert.Contains("ConnectionStrings:Results", validation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_memory_persistence_needs_no_database()
    {
        var assetRoot = Path.Combine(Path.GetTempPath(), $"results-assets-{Guid.NewGuid():N}");
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseIdentitySettings();
            builder.UseSetting("Results:Persistence", "InMemory");
            builder.UseSetting("ConnectionStrings:Results", "");
            builder.UseSetting("AssetStore:RootPath", assetRoot);
        });
        using var client = factory.CreateApiClient();
        var id = Guid.NewGuid();
        await factory.Services.GetRequiredService<IGenerationStore>().ApplyAsync(TestChanges.Requested(id), CancellationToken.None);

        var response = await client.GetAsync(new Uri($"/v1/generations/{id}", UriKind.Relative));
        var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.IsType<InMemoryGenerationStore>(factory.Services.GetRequiredService<IGenerationStore>());
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.DoesNotContain(
            factory.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations,
            x => x.Name == PostgresReadinessCheck.Name);
    }

    static Exception? FindValidationError(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is OptionsValidationException)
            {
                return error;
            }

            if (error is AggregateException aggregate && aggregate.InnerExceptions.Select(FindValidationError).FirstOrDefault(x => x is not null) is { } found)
            {
                return found;
            }
        }

        return null;
    }
}
