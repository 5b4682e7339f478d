using GenerationGateway.Messaging.Postgres.Outbox;
using GenerationGateway.Messaging.Postgres.Sagas;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>Starts a host running the ticket saga on the PostgreSQL repository with the outbox, registered as a service would.</summary>
internal static class TicketHost
{
    public const string Table = "ticket_state";

    public static Task<TestBusHost> StartAsync(string connectionString, TicketQueues queues, TicketLog log, TicketHostOptions options) =>
        TestBusHost.StartAsync(
            connectionString,
            $"{queues.Saga}-scheduler",
            x =>
            {
                x.AddSagaStateMachine<TicketStateMachine, TicketState>((context, saga) =>
                    {
                        if (options.Retry)
                        {
                            saga.UseMessageRetry(r => r.Exponential(50, TimeSpan.FromMilliseconds(5), TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(10)));
                        }

                        saga.UsePostgresOutbox(context);
                    })
                    .PostgresRepository(r =>
                    {
                        r.TableName = Table;
                        r.UseOutbox(o => o.AfterCommit = options.AfterCommit);
                    })
                    .ExcludeFromConfigureEndpoints();
                x.AddConsumer<ReviewTicketConsumer>().ExcludeFromConfigureEndpoints();
                x.AddConsumer<TicketEventConsumer>().ExcludeFromConfigureEndpoints();
            },
            (context, cfg) =>
            {
                cfg.Send<TicketEscalated>(s => s.UseRoutingKeyFormatter(c => c.Message.Team));
                cfg.Publish<TicketEscalated>(p => p.ExchangeType = ExchangeType.Topic);
                cfg.ReceiveEndpoint(queues.Saga, e =>
                {
                    e.PrefetchCount = 16;
                    e.ConfigureSaga<TicketState>(context);
                });
                if (options.Consumers)
                {
                    cfg.ReceiveEndpoint(queues.Review, e =>
                    {
                        e.PrefetchCount = 1;
                        e.ConfigureConsumer<ReviewTicketConsumer>(context);
                    });
                    cfg.ReceiveEndpoint(queues.Events, e =>
                    {
                        e.PrefetchCount = 1;
                        e.ConfigureConsumeTopology = false;
                        e.Bind<TicketOpened>();
                        e.Bind<TicketClosed>();
                        e.Bind<TicketNudged>();
                        e.Bind<TicketEscalated>(b =>
                        {
                            b.ExchangeType = ExchangeType.Topic;
                            b.RoutingKey = TicketEscalated.RoutedTeam;
                        });
                        e.ConfigureConsumer<TicketEventConsumer>(context);
                    });
                }
            },
            new Dictionary<string, string?>
            {
                [$"{PostgresOutboxOptions.SectionName}:RelayEnabled"] = options.RelayEnabled.ToString(),
                [$"{PostgresOutboxOptions.SectionName}:RelayDelay"] = options.RelayDelay.ToString("c"),
                [$"{PostgresOutboxOptions.SectionName}:RelayPollInterval"] = "00:00:00.100",
                [$"{PostgresOutboxOptions.SectionName}:RelayBatchSize"] = options.RelayBatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            services => services.AddSingleton(log).AddSingleton(queues));
}
