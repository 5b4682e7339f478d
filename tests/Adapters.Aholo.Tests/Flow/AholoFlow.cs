using System.Text.Json;
using GenerationGateway.Adapters.Aholo.Tests.Simulator;
using GenerationGateway.Adapters.Aholo.Uploads;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

/// <summary>Drives the workflow plug-in as the generation workflow does: prepare rounds until ready, submit, checks, collect.</summary>
public sealed class AholoFlow(AholoSimulator simulator, IHost host)
{
    public IVendorWorkflow Workflow => host.Services.GetRequiredService<AholoVendorWorkflow>();

    public static VendorJob Job(GenerationRequested request) => new() { GenerationId = request.GenerationId, Request = request };

    /// <summary>Prepare rounds until ready, moving the simulator's clock by <paramref name="step"/> between rounds; every outcome in order.</summary>
    public async Task<(VendorJob Job, List<PrepareOutcome> Rounds)> PrepareAsync(VendorJob job, TimeSpan? step = null, int maxRounds = 40)
    {
        var rounds = new List<PrepareOutcome>();
        for (var round = 0; round < maxRounds; round++)
        {
            var outcome = await Workflow.PrepareAsync(job with { Attempt = round }, CancellationToken.None);
            rounds.Add(outcome);
            job = job with { State = outcome.State };
            if (outcome.IsReady)
            {
                return (job, rounds);
            }

            simulator.Time.Advance(step ?? TimeSpan.FromSeconds(1));
        }

        throw new TimeoutException($"Not ready after {maxRounds} rounds.");
    }

    /// <summary>Prepared and submitted: the job with its project id and memo.</summary>
    public async Task<VendorJob> SubmitAsync(GenerationRequested request)
    {
        var (job, _) = await PrepareAsync(Job(request));
        var submitted = await Workflow.SubmitAsync(job, CancellationToken.None);
        return job with { VendorJobId = submitted.VendorJobId, State = submitted.State };
    }

    public static AholoInputProgress Input(VendorJob job, int index) =>
        JsonSerializer.Deserialize<AholoInputProgress>(job.State[$"input.{index}"], JsonSerializerOptions.Web)!;
}
