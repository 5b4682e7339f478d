using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GenerationGateway.Messaging.Postgres.Outbox;

/// <summary>Lets a saga's own activities write in the transaction its change and outgoing messages commit in.</summary>
public static class PostgresOutboxConsumeContextExtensions
{
    /// <summary>
    /// The open PostgreSQL transaction of this consume of <typeparamref name="TSaga"/>'s endpoint (behind <c>UsePostgresOutbox</c>),
    /// or null outside it. A write through it commits or rolls back with the saga change, and takes no second connection.
    /// </summary>
    public static NpgsqlTransaction? PostgresOutboxTransaction<TSaga>(this ConsumeContext context)
        where TSaga : class
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.TryGetPayload(out IServiceProvider? services)
            ? services.GetService<PostgresOutboxTransaction<TSaga>>()?.Current
            : null;
    }
}
