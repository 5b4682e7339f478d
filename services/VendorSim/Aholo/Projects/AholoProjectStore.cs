using System.Collections.Concurrent;

namespace GenerationGateway.VendorSim.Aholo.Projects;

/// <summary>The projects created so far, by project id.</summary>
public sealed class AholoProjectStore
{
    private readonly ConcurrentDictionary<string, AholoProject> _projects = new(StringComparer.Ordinal);

    public void Add(AholoProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        _projects[project.Id] = project;
    }

    public AholoProject? Find(string id) => _projects.GetValueOrDefault(id);

    public void Clear() => _projects.Clear();
}
