using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>Results.Api on a fresh database with a fake clock (keep-alives) and a short feed poll interval.</summary>
public sealed class GenerationEventsFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    PostgresTestDatabase? _database;

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseIdentitySettings();
        builder.UseSetting("ConnectionStrings:Results", _database!.ConnectionString);
        builder.UseSetting("Results:Persistence", "Postgres");
        builder.UseSetting("Results:Events:PollInterval", "00:00:00.050");
        builder.UseSetting("Messaging:Transport", "InMemory");
        builder.UseSetting("AssetStore:RootPath", Path.Combine(Path.GetTempPath(), $"results-events-{Guid.NewGuid():N}"));
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
