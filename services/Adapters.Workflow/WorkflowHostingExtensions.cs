using GenerationGateway.Adapters.Workflow.Consumers;
using GenerationGateway.Adapters.Workflow.Metrics;
using GenerationGateway.Adapters.Workflow.Submits;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.AssetStore;
using GenerationGateway.Egress;
using GenerationGateway.Messaging.Postgres.Outbox;
using GenerationGateway.Messaging.Postgres.Sagas;
using GenerationGateway.ServiceDefaults;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow;

public static class WorkflowHostingExtensions
{
    /// <summary>What every adapter host needs once: workflow options, the submit ledger, the asset store and the egress guard every input and vendor asset is fetched through.</summary>
    public static IHostApplicationBuilder AddGenerationWorkflow(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<ISubmitLedger, InMemorySubmitLedger>();
        builder.Services.AddOptions<WorkflowOptions>()
            .BindConfiguration(WorkflowOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.AddEgress();
        if (!builder.Services.Any(service => service.ServiceType == typeof(EgressVendorMetrics)))
        {
            // Vendor asset downloads name their vendor per request and are measured; input fetches name none and are not.
            builder.Services.AddSingleton<EgressVendorMetrics>();
            builder.Services.AddHttpClient(EgressFetcher.HttpClientName).AddVendorMetrics();
        }

        if (!builder.Services.Any(service => service.ServiceType == typeof(IAssetStore)))
        {
            builder.AddAssetStore();
        }

        return builder;
    }

    /// <summary>
    /// Adds one vendor's workflow to the bus: its saga on <c>{vendor}-workflow</c> (bound to the requests
    /// and cancellations routed to <paramref name="vendor"/>), its input preparation on <c>{vendor}-inputs</c> (fetching a
    /// client's inputs never holds up the vendor calls of other generations; <c>Workflow:InputConcurrency</c>) and its
    /// vendor-call consumers on <c>{vendor}-vendor-calls</c>. The vendor plug-in <typeparamref name="TVendor"/> must be registered.
    /// On RabbitMQ (see <see cref="WorkflowMessagingHostingExtensions"/>) sagas live in PostgreSQL behind a transactional outbox.
    /// </summary>
    public static ISagaRegistrationConfigurator<GenerationWorkflowState<TVendor>> AddVendorWorkflow<TVendor>(
        this IBusRegistrationConfigurator configurator,
        string vendor)
        where TVendor : class, IVendorWorkflow
    {
        var registration = new VendorRegistration<TVendor>(vendor);
        configurator.AddSingleton(registration);
        configurator.AddGatewayMetrics();
        configurator.AddScoped<VendorCallbacks<TVendor>>();
        configurator.AddOptions<WorkflowOptions>(vendor)
            .BindConfiguration(WorkflowOptions.SectionName)
            .BindConfiguration($"{WorkflowOptions.SectionName}:{WorkflowOptions.VendorsSection}:{vendor}")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // On RabbitMQ the saga row and every message it sends commit in one PostgreSQL transaction (transactional
        // outbox and inbox) and are relayed afterwards; in memory the in-memory outbox is enough (one process).
        var durable = configurator.Any(service => ReferenceEquals(service.ImplementationInstance, WorkflowDurability.Postgres));
        var saga = configurator.AddSagaStateMachine<GenerationWorkflowStateMachine<TVendor>, GenerationWorkflowState<TVendor>>((context, saga) =>
        {
            // Retry first (a concurrency conflict re-runs on a fresh load), then the outbox: messages leave only after the saga is saved.
            saga.UseMessageRetry(retry => retry.Intervals(50, 200, 500, 1000, 2000, 5000));
            if (durable)
            {
                // Between the two: the metrics of an attempt count only once its transaction committed.
                saga.ConnectSagaConfigurationObserver(new WorkflowMeasurementsSagaConfigurationObserver<GenerationWorkflowState<TVendor>>(saga));
                saga.UsePostgresOutbox(context);
            }
            else
            {
                saga.UseInMemoryOutbox(context);
            }
        });
        if (durable)
        {
            saga.PostgresRepository(r =>
            {
                r.ConnectionStringName = WorkflowMessagingHostingExtensions.ConnectionStringName;
                r.TableName = $"{vendor.Replace('-', '_')}_workflow_state";
                // Removed after Retention:CompletedGenerations / Retention:FailedGenerations ("Final" should a state machine finalize).
                r.FinishedStates = ["Completed", "Cancelled", "Final"];
                r.FailedStates = ["Failed"];
                r.UseOutbox(outbox => outbox.AfterCommit = context =>
                {
                    CrashPoint.Reached(CrashPoint.SagaCommitted);
                    PendingWorkflowMeasurements.RecordCommitted(context);
                });
            });
        }
        else
        {
            saga.InMemoryRepository();
        }

        saga.Endpoint(endpoint =>
        {
            endpoint.Name = registration.WorkflowQueue;
            endpoint.ConfigureConsumeTopology = false;
            endpoint.AddConfigureEndpointCallback(receive => GenerationTopology.ConfigureVendorWorkflowEndpoint(receive, vendor));
        });

        AddVendorCall<PrepareVendorInputsConsumer<TVendor>>(configurator, registration.InputsQueue, retry: true, endpoint =>
            endpoint.AddConfigureEndpointCallback((context, receive) =>
            {
                var concurrency = context.GetRequiredService<IOptionsMonitor<WorkflowOptions>>().Get(vendor).InputConcurrency;
                receive.ConcurrentMessageLimit = concurrency;
                receive.PrefetchCount = Math.Max(receive.PrefetchCount, concurrency);
            }));
        AddVendorCall<SubmitVendorJobConsumer<TVendor>>(configurator, registration.VendorCallsQueue, retry: false);
        AddVendorCall<CheckVendorJobConsumer<TVendor>>(configurator, registration.VendorCallsQueue, retry: true);
        AddVendorCall<CollectVendorAssetsConsumer<TVendor>>(configurator, registration.VendorCallsQueue, retry: true);
        AddVendorCall<CancelVendorJobConsumer<TVendor>>(configurator, registration.VendorCallsQueue, retry: true);
        return saga;
    }

    static void AddVendorCall<TConsumer>(IBusRegistrationConfigurator configurator, string queue, bool retry, Action<IEndpointRegistrationConfigurator>? configureEndpoint = null)
        where TConsumer : class, IConsumer
    {
        configurator.AddConsumer<TConsumer>((_, consumer) =>
        {
            // The paid submit is never retried here: its consumer reconciles instead.
            if (retry)
            {
                consumer.UseMessageRetry(r =>
                {
                    r.Exponential(4, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500));
                    r.Ignore<VendorCallException>(exception => !exception.IsTransient);
                });
            }
        }).Endpoint(endpoint =>
        {
            endpoint.Name = queue;
            configureEndpoint?.Invoke(endpoint);
        });
    }
}
