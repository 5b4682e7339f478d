using GenerationGateway.Adapters.Workflow.Metrics;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Messaging.Postgres.Outbox;
using GenerationGateway.ServiceDefaults;
using MassTransit;

namespace GenerationGateway.Adapters.Workflow;

/// <summary>
/// The endpoint of one vendor's workflow saga: the <c>{vendor}-workflow</c> queue bound to the requests and cancellations
/// routed to the vendor, message retry (a concurrency conflict re-runs on a fresh load), then the outbox: messages leave only
/// after the saga is saved. With <see cref="WorkflowStorage.Postgres"/> the saga row and every message it sends commit in one
/// PostgreSQL transaction and are relayed afterwards; in memory MassTransit's in-memory outbox is enough (one process).
/// </summary>
public sealed class GenerationWorkflowStateDefinition<TVendor> : SagaDefinition<GenerationWorkflowState<TVendor>>
    where TVendor : class, IVendorWorkflow
{
    readonly VendorRegistration<TVendor> _vendor;

    public GenerationWorkflowStateDefinition(VendorRegistration<TVendor> vendor)
    {
        _vendor = vendor;
        Endpoint(endpoint =>
        {
            endpoint.Name = vendor.WorkflowQueue;
            endpoint.ConfigureConsumeTopology = false;
        });
    }

    protected override void ConfigureSaga(
        IReceiveEndpointConfigurator endpointConfigurator,
        ISagaConfigurator<GenerationWorkflowState<TVendor>> sagaConfigurator,
        IRegistrationContext context)
    {
        GenerationTopology.ConfigureVendorWorkflowEndpoint(endpointConfigurator, _vendor.Vendor);
        sagaConfigurator.UseMessageRetry(retry => retry.Intervals(50, 200, 500, 1000, 2000, 5000));
        if (_vendor.Storage == WorkflowStorage.Postgres)
        {
            // Between the two: the metrics of an attempt count only once its transaction committed.
            sagaConfigurator.ConnectSagaConfigurationObserver(new WorkflowMeasurementsSagaConfigurationObserver<GenerationWorkflowState<TVendor>>(sagaConfigurator));
            sagaConfigurator.UsePostgresOutbox(context);
        }
        else
        {
            sagaConfigurator.UseInMemoryOutbox(context);
        }
    }
}
