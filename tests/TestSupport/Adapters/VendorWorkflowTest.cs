using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Simulators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.TestSupport.Adapters;

/// <summary>
/// A test class driving a vendor's workflow plug-in step by step, as the adapter host registers it, against the class's
/// simulator. <see cref="InitializeAsync"/> resets the simulator before each test and <see cref="DisposeAsync"/> disposes
/// the host after it: the test class declares xunit's <c>IAsyncLifetime</c> (this library does not reference xunit's core).
/// </summary>
public abstract class VendorWorkflowTest<TSimulator, TWorkflow>(TSimulator simulator)
    where TSimulator : VendorSimulator
    where TWorkflow : class, IVendorWorkflow
{
    IHost? _host;

    protected TSimulator Simulator { get; } = simulator;

    /// <summary>The adapter host, built on first use by <see cref="BuildHost"/>.</summary>
    protected IHost Host => _host ??= BuildHost();

    protected TWorkflow Workflow => Host.Services.GetRequiredService<TWorkflow>();

    public Task InitializeAsync() => Simulator.ResetAsync();

    public virtual Task DisposeAsync()
    {
        _host?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A job of the request, as the saga hands it to the plug-in before anything ran.</summary>
    protected static VendorJob Job(GenerationRequested request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new VendorJob { GenerationId = request.GenerationId, Request = request };
    }

    /// <summary>A job of the request once the plug-in submitted it: its vendor job id and state.</summary>
    protected async Task<VendorJob> SubmittedAsync(GenerationRequested request)
    {
        var submitted = await Workflow.SubmitAsync(Job(request), CancellationToken.None);
        return Job(request) with { VendorJobId = submitted.VendorJobId, State = submitted.State };
    }

    /// <summary>
    /// A whole run of the request as the saga drives it, on the clock the test moves: prepare, submit, a status check
    /// at once and another after each of <paramref name="advances"/>, then collect.
    /// </summary>
    protected async Task<VendorWorkflowRun> RunAsync(GenerationRequested request, params TimeSpan[] advances)
    {
        ArgumentNullException.ThrowIfNull(advances);
        var job = Job(request);
        var prepared = await Workflow.PrepareAsync(job, CancellationToken.None);
        var submitted = await Workflow.SubmitAsync(job with { State = prepared.State }, CancellationToken.None);
        job = job with { VendorJobId = submitted.VendorJobId, State = submitted.State };
        var checks = new List<StatusOutcome> { await Workflow.CheckAsync(job, CancellationToken.None) };
        foreach (var advance in advances)
        {
            Simulator.Time.Advance(advance);
            checks.Add(await Workflow.CheckAsync(job, CancellationToken.None));
        }

        return new VendorWorkflowRun(prepared, submitted, checks, await Workflow.CollectAsync(job, CancellationToken.None));
    }

    /// <summary>The adapter host of the test class, on its simulator.</summary>
    protected abstract IHost BuildHost();
}
