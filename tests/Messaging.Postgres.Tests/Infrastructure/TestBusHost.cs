using GenerationGateway.Messaging.Postgres.Scheduling;
using GenerationGateway.TestSupport.Infrastructure;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.Messaging.Postgres.Tests.Infrastructure;

/// <summary>A generic host running MassTransit on the real RabbitMQ with the PostgreSQL scheduler, as a service would.</summary>
internal sealed class TestBusHost : IAsyncDisposable
{
    readonly IHost _host;

    TestBusHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public IBus Bus => _host.Services.GetRequiredService<IBus>();

    public static async Task<TestBusHost> StartAsync(
        string connectionString,
        string schedulerQueue,
        Action<IBusRegistrationConfigurator> register,
        Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator> configureBus,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Scheduler"] = connectionString,
            ["ConnectionStrings:Sagas"] = connectionString,
            [$"{PostgresSchedulerOptions.SectionName}:QueueName"] = schedulerQueue,
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        services?.Invoke(builder.Services);
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(o =>
        {
            o.WaitUntilStarted = true;
            o.StartTimeout = TimeSpan.FromSeconds(60);
            o.StopTimeout = TimeSpan.FromSeconds(30);
        });
        builder.Services.AddMassTransit(x =>
        {
            x.DisableUsageTelemetry();
            x.AddPostgresMessageScheduler();
            register(x);
            x.UsingRabbitMq((context, cfg) =>
            {
                var rabbit = TestEnvironment.RabbitMqUri;
                var credentials = rabbit.UserInfo.Split(':');
                cfg.Host(rabbit.Host, (ushort)rabbit.Port, "/", h =>
                {
                    h.Username(Uri.UnescapeDataString(credentials[0]));
                    h.Password(Uri.UnescapeDataString(credentials[1]));
                });
                cfg.UsePostgresMessageScheduler(context);
                configureBus(context, cfg);
            });
        });

        var host = builder.Build();
        await host.StartAsync();
        return new TestBusHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host.Dispose();
        }
    }
}
