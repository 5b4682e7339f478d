namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>Paths of the repository under test, found from the test assembly's location.</summary>
public static class RepositoryLayout
{
    static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string ComposeFile => Path.Combine(Root, "docker-compose.yml");

    public static string Services => Path.Combine(Root, "services");

    public static string Overlays => Path.Combine(Root, "deploy", "k8s", "overlays");

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string Read(params string[] parts) => File.ReadAllText(PathOf(parts));

    static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Microservices.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Microservices.sln above {AppContext.BaseDirectory}.");
    }
}
