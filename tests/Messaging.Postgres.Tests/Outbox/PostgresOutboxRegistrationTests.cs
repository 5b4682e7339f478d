using GenerationGateway.Messaging.Postgres.Outbox;
using GenerationGateway.Messaging.Postgres.Sagas;
using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>The two halves of the outbox registration must come together.</summary>
public sealed class PostgresOutboxRegistrationTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task The_endpoint_outbox_needs_the_repository_outbox()
    {
        var services = NewServices();
        services.AddMassTransit(x =>
        {
            x.AddSagaStateMachine<TicketStateMachine, TicketState>((context, saga) => saga.UsePostgresOutbox(context)).PostgresRepository();
            x.UsingInMemory((context, cfg) => cfg.ConfigureEndpoints(context));
        });
        await using var provider = services.BuildServiceProvider();

        var exception = Assert.ThrowsAny<Exception>(() => provider.GetRequiredService<IBusControl>());

        Assert.Contains("r => r.UseOutbox()", Flatten(exception), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saga_stored_with_the_outbox_refuses_a_message_outside_it()
    {
        var services = NewServices();
        services.AddMassTransitTestHarness(x =>
            x.AddSagaStateMachine<TicketStateMachine, TicketState>().PostgresRepository(r => r.UseOutbox()));
        // A loaded machine: wait for the fault rather than give up after the default second of inactivity.
        services.Configure<TestHarnessOptions>(o => (o.TestInactivityTimeout, o.TestTimeout) = (TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(60)));
        await using var provider = services.BuildServiceProvider(true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();

        await harness.Bus.Publish(new OpenTicket { CorrelationId = NewId.NextGuid(), Title = "no outbox", Team = "tier1" });

        Assert.True(await harness.Published.Any<Fault<OpenTicket>>());
        var fault = harness.Published.Select<Fault<OpenTicket>>().First().Context.Message;
        Assert.Contains("UsePostgresOutbox(context)", fault.Exceptions[0].Message, StringComparison.Ordinal);
    }

    ServiceCollection NewServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Sagas"] = database.ConnectionString })
            .Build());
        services.AddSingleton(new TicketQueues("saga", "review", "events"));
        return services;
    }

    static string Flatten(Exception exception) =>
        exception.InnerException is null ? exception.Message : $"{exception.Message} {Flatten(exception.InnerException)}";
}
