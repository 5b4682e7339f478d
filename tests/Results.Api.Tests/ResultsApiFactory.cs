using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>The real Results.Api over a fresh, unmigrated database (the app migrates it at start) and a temporary asset root.</summary>
public sealed class ResultsApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    readonly string _assetRoot = Path.Combine(Path.GetTempPath(), $"results-assets-{Guid.NewGuid():N}");
    PostgresTestDatabase? _database;

    public PostgresTestDatabase Database => _database ?? throw new InvalidOperationException("The factory is not initialized.");

    public async Task InitializeAsync() => _database = await PostgresTestDatabase.CreateAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseIdentitySettings();
        builder.UseSetting("ConnectionStrings:Results", Database.ConnectionString);
        builder.UseSetting("Results:Persistence", "Postgres");
        builder.UseSetting("Messaging:Transport", "InMemory");
        builder.UseSetting("AssetStore:RootPath", _assetRoot);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (Directory.Exists(_assetRoot))
        {
            Directory.Delete(_assetRoot, recursive: true);
        }
    }
}
