namespace GenerationGateway.Results.Api;

public sealed class ResultsOptions
{
    public const string SectionName = "Results";

    /// <summary>Name of the connection string (<c>ConnectionStrings:Results</c>), required when <see cref="Persistence"/> is Postgres.</summary>
    public const string ConnectionStringName = "Results";

    public ResultsPersistence Persistence { get; set; } = ResultsPersistence.Postgres;
}
