using GenerationGateway.Adapters.Workflow.Admission;
using GenerationGateway.Adapters.Workflow.Consumers;
using GenerationGateway.Adapters.Workflow.Metrics;
using GenerationGateway.Adapters.Workflow.RateLimiting;
using GenerationGateway.Adapters.Workflow.Retention;
using GenerationGateway.Adapters.Workflow.StatusChecks;
using GenerationGateway.Adapters.Workflow.Submits;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.AssetStore;
using GenerationGateway.Egress;
using GenerationGateway.Messaging.Postgres.Migrations;
using GenerationGateway.Messaging.Postgres.Sagas;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.ServiceDefaults.FaultInjection;
using GenerationGateway.ServiceDefaults.InMemory;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow;

public static class WorkflowHostingExtensions
{
    /// <summary>
    /// What every adapter host needs once: workflow options, the vendor admission and shared rate limiter, the submit ledger, the asset store, the egress guard every input
    /// and vendor asset is fetched through, and no fault injection (a test host may register its own injector).
    /// </summary>
    public static IHostApplicationBuilder AddGenerationWorkflow(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddInMemoryRetention();
        builder.Services.TryAddSingleton<ISubmitLedger, InMemorySubmitLedger>();
        builder.Services.AddNoFaultInjection();
        builder.AddSharedRateLimiter();
        builder.AddVendorAdmission();
        builder.Services.AddOptions<WorkflowOptions>()
            .BindConfiguration(WorkflowOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.AddEgress();

        // Vendor asset downloads name their vendor per request and are measured; input fetches name none and are not.
        builder.Services.AddSingleton<EgressVendorMetrics>();
        builder.Services.AddHttpClient(EgressFetcher.HttpClientName).AddVendorMetrics();
        builder.AddAssetStore();
        return builder;
    }

    /// <summary>
    /// Adds one vendor's workflow to the bus: its saga on <c>{vendor}-workflow</c> (bound to the requests
    /// and cancellations routed to <paramref name="vendor"/>; see <see cref="GenerationWorkflowStateDefinition{TVendor}"/>), its
    /// input preparation on <c>{vendor}-inputs</c> (fetching a client's inputs never holds up the vendor calls of other
    /// generations; <c>Workflow:InputConcurrency</c>) and its vendor-call consumers on <c>{vendor}-vendor-calls</c>. The vendor
    /// plug-in <typeparamref name="TVendor"/> must be registered. With <see cref="WorkflowStorage.Postgres"/> sagas live in
    /// PostgreSQL behind a transactional outbox (the host's bus comes from <see cref="WorkflowMessagingHostingExtensions.AddWorkflowMessaging"/>).
    /// <paramref name="defaults"/> are the vendor's own defaults (its documented capacity), under <c>Workflow</c> and <c>Workflow:Vendors:{vendor}</c>.
    /// </summary>
    public static ISagaRegistrationConfigurator<GenerationWorkflowState<TVendor>> AddVendorWorkflow<TVendor>(
        this IBusRegistrationConfigurator configurator,
        string vendor,
        WorkflowStorage storage,
        Action<WorkflowOptions>? defaults = null)
        where TVendor : class, IVendorWorkflow
    {
        var registration = new VendorRegistration<TVendor>(vendor, storage);
        configurator.AddSingleton(registration);
        configurator.AddGatewayMetrics();
        configurator.AddScoped<VendorCallbacks<TVendor>>();
        configurator.AddOptions<WorkflowOptions>(vendor)
            .Configure(options => defaults?.Invoke(options))
            .BindConfiguration(WorkflowOptions.SectionName)
            .BindConfiguration($"{WorkflowOptions.SectionName}:{WorkflowOptions.VendorsSection}:{vendor}")
            .ValidateDataAnnotations()
            .ValidateOnStart();

        AddStatusChecks<TVendor>(configurator, storage);
        var saga = configurator.AddSagaStateMachine<GenerationWorkflowStateMachine<TVendor>, GenerationWorkflowState<TVendor>, GenerationWorkflowStateDefinition<TVendor>>();
        if (storage == WorkflowStorage.Postgres)
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
                    context.GetServiceOrCreateInstance<IFaultInjector>().Reached(FaultPoints.SagaCommitted);
                    PendingWorkflowMeasurements.RecordCommitted(context);
                });
            });
        }
        else
        {
            saga.InMemoryRepository();
            // The embedded default's sagas stay only InMemoryRetention:KeepFor after they end (at most MaxEnded).
            configurator.AddInMemoryRetention();
            configurator.AddHostedService<InMemoryWorkflowRetention<TVendor>>();
        }

        AddVendorCall<PrepareVendorInputsConsumer<TVendor>>(configurator, registration.InputsQueue, VendorCallRetry.Transient, endpoint =>
            endpoint.AddConfigureEndpointCallback((context, receive) =>
            {
                var concurrency = context.GetRequiredService<IOptionsMonitor<WorkflowOptions>>().Get(vendor).InputConcurrency;
                receive.ConcurrentMessageLimit = concurrency;
                receive.PrefetchCount = Math.Max(receive.PrefetchCount, concurrency);
            }));
        AddVendorCall<SubmitVendorJobConsumer<TVendor>>(configurator, registration.VendorCallsQueue, VendorCallRetry.UntilSubmitStarted);
        AddVendorCall<CollectVendorAssetsConsumer<TVendor>>(configurator, registration.VendorCallsQueue, VendorCallRetry.Transient);
        AddVendorCall<CancelVendorJobConsumer<TVendor>>(configurator, registration.VendorCallsQueue, VendorCallRetry.Transient);
        return saga;
    }

    /// <summary>
    /// The vendor's status poller on this replica (<see cref="StatusCheckPoller{TVendor}"/>), and once per process the store of the
    /// jobs it watches: the adapter database's <c>status_checks</c> table with <see cref="WorkflowStorage.Postgres"/>, else memory.
    /// </summary>
    static void AddStatusChecks<TVendor>(IBusRegistrationConfigurator configurator, WorkflowStorage storage)
        where TVendor : class, IVendorWorkflow
    {
        if (storage == WorkflowStorage.Postgres && !configurator.Any(service => service.ServiceType == typeof(StatusCheckDatabase)))
        {
            configurator.AddPostgresSchema(WorkflowMessagingHostingExtensions.ConnectionStringName, StatusCheckDatabase.Component, StatusCheckDatabase.Migrations);
            configurator.AddSingleton<StatusCheckDatabase>();
            configurator.AddSingleton<IStatusCheckStore, PostgresStatusCheckStore>();
        }

        configurator.TryAddSingleton<IStatusCheckStore, InMemoryStatusCheckStore>();
        configurator.TryAddSingleton<StatusCheckMetrics>();
        configurator.AddSingleton<StatusCheckRound<TVendor>>();
        configurator.AddHostedService<StatusCheckPoller<TVendor>>();
    }

    static void AddVendorCall<TConsumer>(IBusRegistrationConfigurator configurator, string queue, VendorCallRetry retry, Action<IEndpointRegistrationConfigurator>? configureEndpoint = null)
        where TConsumer : class, IConsumer
    {
        configurator.AddConsumer<TConsumer>((_, consumer) => consumer.UseMessageRetry(r =>
        {
            r.Exponential(4, TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(10), TimeSpan.FromMilliseconds(500));
            if (retry == VendorCallRetry.UntilSubmitStarted)
            {
                // The paid submit is never retried once its intent is recorded: its consumer reconciles instead.
                r.Handle<SubmitNotStartedException>();
            }
            else
            {
                r.Ignore<VendorCallException>(exception => !exception.IsTransient);
            }
        })).Endpoint(endpoint =>
        {
            endpoint.Name = queue;
            configureEndpoint?.Invoke(endpoint);
        });
    }

    enum VendorCallRetry
    {
        /// <summary>Transient failures are retried, a vendor's permanent refusal is not.</summary>
        Transient,

        /// <summary>Only what failed before the submit's intent was recorded (the vendor certainly not called) is retried.</summary>
        UntilSubmitStarted,
    }
}
