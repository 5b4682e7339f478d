using GenerationGateway.Adapters.Workflow.Submits;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Retention;
using GenerationGateway.Messaging.Postgres.Scheduling;
using GenerationGateway.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow;

public static class WorkflowMessagingHostingExtensions
{
    /// <summary>The connection string (<c>ConnectionStrings:Workflow</c>) of an adapter's own database.</summary>
    public const string ConnectionStringName = "Workflow";

    /// <summary>
    /// The bus of a host that runs vendor workflows, with a scheduler for their timers: the transport's
    /// own delays in memory, the PostgreSQL scheduler on RabbitMQ (no delayed-exchange plugin needed).
    /// <paramref name="configure"/> is told where the workflows keep their state (<see cref="WorkflowStorage"/>) and hands
    /// it to <see cref="WorkflowHostingExtensions.AddVendorWorkflow"/>.
    /// </summary>
    public static IHostApplicationBuilder AddWorkflowMessaging(
        this IHostApplicationBuilder builder,
        string schedulerQueue,
        Action<IBusRegistrationConfigurator, WorkflowStorage> configure)
    {
        var transport = builder.Configuration.GetSection(MessagingOptions.SectionName).Get<MessagingOptions>()?.Transport
            ?? MessagingTransport.InMemory;

        if (transport == MessagingTransport.InMemory)
        {
            return builder.AddMessaging(
                x =>
                {
                    x.AddDelayedMessageScheduler();
                    configure(x, WorkflowStorage.InMemory);
                },
                (_, cfg) => cfg.UseDelayedMessageScheduler());
        }

        // On RabbitMQ every process may crash independently: sagas, timers and the submit ledger live in PostgreSQL.
        builder.Services.AddPostgresSchema(ConnectionStringName, SubmitLedgerDatabase.Component, SubmitLedgerDatabase.Migrations);
        builder.Services.AddSingleton<SubmitLedgerDatabase>();
        builder.Services.AddPostgresRetentionTask<SubmitLedgerRetention>();
        builder.Services.AddSingleton<ISubmitLedger, PostgresSubmitLedger>();
        return builder.AddMessaging(
            x =>
            {
                x.AddPostgresMessageScheduler(options =>
                {
                    options.QueueName = schedulerQueue;
                    options.ConnectionStringName = ConnectionStringName;
                });
                configure(x, WorkflowStorage.Postgres);
            },
            (context, cfg) => cfg.UsePostgresMessageScheduler(context, endpoint =>
                DurableQueues.Configure(endpoint, schedulerQueue, context.GetRequiredService<IOptions<MessagingOptions>>().Value)));
    }
}
