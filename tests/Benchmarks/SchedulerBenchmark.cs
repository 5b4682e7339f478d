using System.Diagnostics;
using GenerationGateway.Messaging.Postgres.Scheduling;
using GenerationGateway.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace GenerationGateway.Benchmarks;

/// <summary>
/// The plugin-free PostgreSQL scheduler on RabbitMQ: a burst of messages all due at the same moment, then how
/// late each arrives (dispatch lag) and how fast the backlog drains.
/// </summary>
public static class SchedulerBenchmark
{
    public static async Task<SchedulerFigures> RunAsync(BenchmarkSettings settings)
    {
        await using var infrastructure = await BenchmarkInfrastructure.CreateAsync();
        using var host = Build(infrastructure);
        await host.StartAsync();
        var tracker = host.Services.GetRequiredService<TickTracker>();
        var time = host.Services.GetRequiredService<TimeProvider>();
        tracker.Expect(settings.ScheduledMessages);

        // Every message is stored before the due time, so lateness is the dispatcher's alone.
        var destination = DurableQueues.SendAddress("bench-tick");
        var lead = TimeSpan.FromSeconds(5) + TimeSpan.FromMilliseconds(20 * settings.ScheduledMessages);
        var dueAt = time.GetUtcNow() + lead;
        var scheduling = Stopwatch.StartNew();
        using (var scope = host.Services.CreateScope())
        {
            var scheduler = scope.ServiceProvider.GetRequiredService<IMessageScheduler>();
            await Parallel.ForAsync(0, settings.ScheduledMessages, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (_, cancellationToken) =>
                await scheduler.ScheduleSend(destination, dueAt.UtcDateTime, new BenchTick(NewId.NextGuid(), dueAt), cancellationToken));
        }

        await WaitUntilStoredAsync(infrastructure, settings.ScheduledMessages);
        scheduling.Stop();
        if (time.GetUtcNow() >= dueAt)
        {
            throw new InvalidOperationException($"Storing {settings.ScheduledMessages} schedules took {scheduling.Elapsed}, past the due time; use fewer messages.");
        }

        await tracker.AllReceived.WaitAsync(TimeSpan.FromMinutes(10));
        var drained = time.GetUtcNow() - dueAt;
        await host.StopAsync();
        return new SchedulerFigures(settings.ScheduledMessages, scheduling.Elapsed, lead, drained, LatencySummary.Of(tracker.Lags), tracker.Duplicates);
    }

    static async Task WaitUntilStoredAsync(BenchmarkInfrastructure infrastructure, int count)
    {
        await using var connection = new NpgsqlConnection(infrastructure.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM scheduled_messages", connection);
        while ((long)(await command.ExecuteScalarAsync())! < count)
        {
            await Task.Delay(20);
        }
    }

    static IHost Build(BenchmarkInfrastructure infrastructure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Configuration.AddInMemoryCollection(infrastructure.VirtualHost.Settings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Scheduler"] = infrastructure.Database.ConnectionString,
        });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<TickTracker>();
        builder.AddMessaging(
            x =>
            {
                x.AddPostgresMessageScheduler(options => options.QueueName = "bench-scheduler");
                x.AddConsumer<BenchTickConsumer>();
            },
            (context, cfg) => cfg.UsePostgresMessageScheduler(context));
        return builder.Build();
    }
}
