using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Outbox;
using GenerationGateway.Messaging.Postgres.Retention;
using MassTransit;
using MassTransit.Configuration;
using MassTransit.Saga;
using MassTransit.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GenerationGateway.Messaging.Postgres.Sagas;

/// <summary>How one saga type is stored: its table, database and JSON form.</summary>
public sealed partial class PostgresSagaRepositoryConfigurator<TSaga>
    where TSaga : class, ISagaVersion
{
    Func<TSaga, string?> _state = DefaultState();
    bool _useOutbox;
    Action<PostgresOutboxOptions>? _configureOutbox;

    /// <summary>
    /// The table of this saga type (lower-case identifier, at most 44 characters); by default the type name in snake
    /// case, followed by its type arguments for a generic type (<c>WorkflowState&lt;Rodin&gt;</c> → <c>workflow_state_rodin</c>).
    /// </summary>
    public string TableName { get; set; } = DefaultTableName(typeof(TSaga));

    /// <summary>Name of the connection string (<c>ConnectionStrings:&lt;name&gt;</c>) of the database holding the table.</summary>
    public string ConnectionStringName { get; set; } = "Sagas";

    /// <summary>How the instance becomes jsonb; MassTransit's message serializer options by default.</summary>
    public JsonSerializerOptions SerializerOptions { get; set; } = SystemTextJsonMessageSerializer.Options;

    /// <summary>
    /// The property copied into the indexed <c>current_state</c> column. By default a property named
    /// <c>CurrentState</c>, when the saga has one.
    /// </summary>
    public void StateProperty<TState>(Expression<Func<TSaga, TState>> property)
    {
        ArgumentNullException.ThrowIfNull(property);
        var read = property.Compile();
        _state = saga => read(saga)?.ToString();
    }

    /// <summary>
    /// States (as stored in <c>current_state</c>) after which the saga row is removed once
    /// <c>Retention:CompletedGenerations</c> has passed since its last change; none by default (rows stay).
    /// </summary>
    public IReadOnlyList<string> FinishedStates { get; set; } = [];

    /// <summary>Failed states, removed after <c>Retention:FailedGenerations</c>; none by default.</summary>
    public IReadOnlyList<string> FailedStates { get; set; } = [];

    /// <summary>
    /// Stores the saga with the transactional outbox and inbox (tables <c>inbox_state</c> and <c>outbox_messages</c> in the
    /// same database): the saga's endpoint must call <c>UsePostgresOutbox(context)</c> after its <c>UseMessageRetry</c>.
    /// <paramref name="configure"/> sets outbox options in code (shared by every saga; configuration overrides them).
    /// </summary>
    public void UseOutbox(Action<PostgresOutboxOptions>? configure = null)
    {
        _useOutbox = true;
        _configureOutbox = configure;
    }

    internal void Register(ISagaRepositoryRegistrationConfigurator<TSaga> configurator)
    {
        if (!TableNamePattern().IsMatch(TableName))
        {
            throw new ArgumentException(
                $"Saga table name '{TableName}' of {typeof(TSaga).Name} must be a lower-case identifier of at most 44 characters " +
                "(letters, digits, underscores); set PostgresRepository(r => r.TableName = ...).");
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(ConnectionStringName);

        var tableName = TableName;
        var connectionStringName = ConnectionStringName;
        var serializerOptions = SerializerOptions;
        var state = _state;

        var useOutbox = _useOutbox;

        configurator.AddPostgresInfrastructure();
        configurator.TryAddSingleton(provider => new PostgresSagaTable<TSaga>(
            provider.GetRequiredService<PostgresDataSources>().Get(connectionStringName), tableName, serializerOptions, state)
        {
            UsesOutbox = useOutbox,
        });
        configurator.TryAddScoped<PostgresOutboxTransaction<TSaga>>();
        if (useOutbox)
        {
            configurator.AddPostgresSagaOutbox<TSaga>(tableName, connectionStringName, _configureOutbox);
        }

        configurator.AddSingleton<PostgresSchema>(provider => provider.GetRequiredService<PostgresSagaTable<TSaga>>().Schema);
        if (FinishedStates.Count + FailedStates.Count > 0)
        {
            var finished = FinishedStates.ToArray();
            var failed = FailedStates.ToArray();
            configurator.AddPostgresRetention();
            configurator.AddKeyedSingleton(tableName, (provider, _) =>
                new SagaTableRetention(provider.GetRequiredService<PostgresSagaTable<TSaga>>().Schema.DataSource, tableName, finished, failed));
            configurator.AddSingleton(provider => provider.GetRequiredKeyedService<SagaTableRetention>(tableName));
            configurator.AddSingleton<IPostgresRetentionTask>(provider => provider.GetRequiredKeyedService<SagaTableRetention>(tableName));
        }

        configurator.RegisterLoadSagaRepository<TSaga, PostgresSagaRepositoryContextFactory<TSaga>>();
        configurator.RegisterSagaRepository<TSaga, PostgresSagaTable<TSaga>, SagaConsumeContextFactory<PostgresSagaTable<TSaga>, TSaga>,
            PostgresSagaRepositoryContextFactory<TSaga>>();
    }

    static Func<TSaga, string?> DefaultState()
    {
        var property = typeof(TSaga).GetProperty("CurrentState", BindingFlags.Public | BindingFlags.Instance);
        return property?.GetMethod is null ? _ => null : saga => property.GetValue(saga)?.ToString();
    }

    static string DefaultTableName(Type type)
    {
        var name = type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name;
        return string.Join('_', [ToSnakeCase(name), .. type.GenericTypeArguments.Select(DefaultTableName)]);
    }

    static string ToSnakeCase(string name) => SnakeCaseBoundary().Replace(name, "$1_$2").ToLowerInvariant();

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,43}$")]
    private static partial Regex TableNamePattern();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex SnakeCaseBoundary();
}
