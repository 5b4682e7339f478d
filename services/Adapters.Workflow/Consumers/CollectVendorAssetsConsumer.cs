using GenerationGateway.Adapters.Workflow.Assets;
using GenerationGateway.Adapters.Workflow.Messages;
using GenerationGateway.Adapters.Workflow.Metrics;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.AssetStore;
using GenerationGateway.Contracts;
using GenerationGateway.Egress;
using GenerationGateway.ServiceDefaults.FaultInjection;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.Adapters.Workflow.Consumers;

/// <summary>
/// Asset custody: every vendor asset is streamed into the gateway's asset store before completion,
/// so the completion event carries the gateway's URLs (the vendor's links expire). Every link goes through the egress
/// guard: a link the guard refuses fails the generation as asset-download-failed at once; a download that fails for
/// now throws: the step is retried, then the generation fails as asset-download-failed.
/// </summary>
public sealed class CollectVendorAssetsConsumer<TVendor>(
    TVendor vendor,
    IAssetStore store,
    EgressFetcher fetcher,
    IFaultInjector faults,
    ILogger<CollectVendorAssetsConsumer<TVendor>> logger)
    : IConsumer<CollectVendorAssets>
    where TVendor : class, IVendorWorkflow
{
    /// <summary>The operation tag of asset downloads in the vendor request metrics.</summary>
    public const string AssetDownloadOperation = "asset-download";

    public async Task Consume(ConsumeContext<CollectVendorAssets> context)
    {
        var generationId = context.Message.GenerationId;
        var cancellationToken = context.CancellationToken;

        CollectOutcome outcome;
        try
        {
            outcome = await vendor.CollectAsync(context.Message.Job, cancellationToken);
        }
        catch (VendorCallException exception) when (exception.Kind == VendorErrorKind.Rejected)
        {
            await context.RespondAsync(StepFailures.From(generationId, WorkflowStep.Collect, exception));
            return;
        }

        if (outcome.Assets.Count == 0)
        {
            await context.RespondAsync(new VendorStepFailed
            {
                GenerationId = generationId,
                Step = WorkflowStep.Collect,
                Reason = FailureReason.AssetDownloadFailed,
                Retryable = true,
                VendorMessage = "The vendor reported success but listed no assets.",
            });
            return;
        }

        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var assets = new List<GeneratedAsset>(outcome.Assets.Count);
        foreach (var asset in outcome.Assets)
        {
            var name = AssetFileNames.Unique(AssetFileNames.Safe(asset.Name), taken);
            try
            {
                assets.Add(await CopyAsync(generationId, name, asset, cancellationToken));
                faults.Reached(FaultPoints.AssetStored);
            }
            catch (EgressException exception) when (exception.Failure == EgressFailure.Refused)
            {
                await context.RespondAsync(new VendorStepFailed
                {
                    GenerationId = generationId,
                    Step = WorkflowStep.Collect,
                    Reason = FailureReason.AssetDownloadFailed,
                    Retryable = false,
                    VendorMessage = $"The vendor's asset {name} could not be fetched.",
                });
                return;
            }
            catch (EgressException exception)
            {
                throw new AssetDownloadException($"The vendor's asset {name} of generation {generationId} could not be fetched.", exception);
            }
            catch (AssetTooLargeException exception)
            {
                await context.RespondAsync(new VendorStepFailed
                {
                    GenerationId = generationId,
                    Step = WorkflowStep.Collect,
                    Reason = FailureReason.AssetDownloadFailed,
                    Retryable = false,
                    VendorMessage = exception.Message,
                });
                return;
            }
        }

        logger.LogInformation("Stored {AssetCount} assets of generation {GenerationId}", assets.Count, generationId);
        await context.RespondAsync(new VendorAssetsCollected
        {
            GenerationId = generationId,
            Assets = assets,
            Usage = outcome.Usage,
            PartialNote = outcome.PartialNote,
        });
    }

    Task<GeneratedAsset> CopyAsync(Guid generationId, string name, VendorAsset asset, CancellationToken cancellationToken) =>
        fetcher.GetAsync(
            asset.Url,
            EgressPurpose.VendorAsset,
            async (response, token) =>
            {
                var contentType = response.Content.Headers.ContentType?.MediaType;
                if (contentType is null or AssetContentTypes.OctetStream)
                {
                    contentType = asset.ContentType ?? AssetContentTypes.For(asset.Format);
                }

                await using var content = await response.Content.ReadAsStreamAsync(token);
                var stored = await store.PutAsync(AssetKey.For(generationId, name), content, contentType, token);
                return new GeneratedAsset
                {
                    Role = asset.Role,
                    Format = asset.Format,
                    Name = name,
                    Url = stored.Url,
                    SizeBytes = stored.SizeBytes,
                    ContentType = stored.ContentType,
                    Checksum = stored.Checksum,
                    VendorUrl = asset.Url,
                };
            },
            request =>
            {
                request.Options.Set(VendorHttpMetricsHandler.Vendor, vendor.Vendor);
                request.Options.Set(VendorHttpMetricsHandler.Operation, AssetDownloadOperation);
            },
            cancellationToken);
}
