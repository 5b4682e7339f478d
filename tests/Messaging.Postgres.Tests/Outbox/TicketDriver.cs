using GenerationGateway.Messaging.Postgres.Tests.Infrastructure;
using GenerationGateway.TestSupport;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Messaging.Postgres.Tests.Outbox;

/// <summary>Drives the ticket saga of one host and looks at its tables and consumers.</summary>
internal sealed class TicketDriver(TestBusHost host, PostgresDatabaseFixture database, TicketQueues queues, TicketLog log)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public async Task SendAsync<T>(Uri address, T message, Guid? messageId = null)
        where T : class
    {
        var endpoint = await host.Bus.GetSendEndpoint(address);
        await endpoint.Send(message, Pipe.Execute<SendContext<T>>(context => context.MessageId = messageId ?? context.MessageId));
    }

    public Task SendToSagaAsync<T>(T message, Guid? messageId = null)
        where T : class => SendAsync(queues.SagaAddress, message, messageId);

    public async Task<Guid> OpenAsync(string title, string team = TicketEscalated.RoutedTeam)
    {
        var id = NewId.NextGuid();
        await SendToSagaAsync(new OpenTicket { CorrelationId = id, Title = title, Team = team });
        return id;
    }

    public async Task<TicketState?> LoadAsync(Guid id) =>
        await host.Services.GetRequiredService<ILoadSagaRepository<TicketState>>().Load(id);

    public Task WaitForStateAsync(Guid id, string state) =>
        Eventually.HoldsAsync(async () => (await LoadAsync(id))?.CurrentState == state, Timeout, $"ticket {id} is {state}");

    /// <summary>
    /// Sends a marker through the events and the review queue (one consumer each, one message at a time) and waits for
    /// both: whatever reached those queues before, duplicates included, has been consumed by then.
    /// </summary>
    public async Task DrainAsync()
    {
        var marker = NewId.NextGuid();
        var reviewMarkers = log.Count<ReviewTicket>(Guid.Empty);
        await host.Bus.Publish(new TicketNudged { CorrelationId = marker, Note = "marker", Nudges = 0 });
        await SendAsync(queues.ReviewAddress, new ReviewTicket { CorrelationId = Guid.Empty });
        await Eventually.HoldsAsync(
            () => log.Contains<TicketNudged>(marker) && log.Count<ReviewTicket>(Guid.Empty) > reviewMarkers, Timeout, "the markers arrive");
    }

    /// <summary>Waits until every committed message is delivered (the outbox commits its delivered mark just after the send).</summary>
    public Task WaitUntilOutboxEmptyAsync() => Eventually.HoldsAsync(
        async () => await UndeliveredAsync() == 0 && await OutboxRowsAsync() == 0, Timeout, "the outbox is empty");

    public Task<long> UndeliveredAsync() =>
        database.ScalarAsync<long>("SELECT count(*) FROM inbox_state WHERE delivered_at IS NULL");

    public Task<long> OutboxRowsAsync() => database.ScalarAsync<long>("SELECT count(*) FROM outbox_messages");

    public async Task<long> ErrorsAsync() => await RabbitMqQueues.MessageCountAsync($"{queues.Saga}_error");
}
