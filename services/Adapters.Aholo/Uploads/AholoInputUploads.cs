using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Aholo.Uploads;

/// <summary>
/// One preparation round: polls the uploads in flight (5 done, 6/8 or code 12 or too long: upload again with a new
/// token, up to <c>MaxUploadAttempts</c>), then starts the next few (fetch, token, single or block upload). Ready
/// when every input has its URL; otherwise waiting, to be called again after <c>UploadStatusInterval</c>.
/// </summary>
public sealed class AholoInputUploads(
    IAholoClient client,
    IAholoUploadClient uploads,
    AholoInputFetcher fetcher,
    IOptions<AholoOptions> options,
    TimeProvider time,
    ILogger<AholoInputUploads> logger)
{
    readonly AholoOptions _options = options.Value;

    public async Task<PrepareOutcome> RunRoundAsync(Guid generationId, IReadOnlyList<AholoInput> inputs, IReadOnlyDictionary<string, string> state, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var preparation = AholoPreparation.Read(state, inputs.Count);
        foreach (var index in preparation.InFlight)
        {
            await PollAsync(generationId, inputs[index], index, preparation, cancellationToken);
        }

        foreach (var index in preparation.Pending.Take(_options.UploadsPerRound))
        {
            if (preparation.InFlight.Count >= _options.MaxUploadsInFlight)
            {
                break;
            }

            await StartAsync(inputs[index], index, preparation, cancellationToken);
        }

        if (preparation.IsComplete)
        {
            if (inputs.Count > 0)
            {
                logger.LogInformation("Uploaded all {InputCount} inputs of generation {GenerationId} to Aholo", inputs.Count, generationId);
            }

            return PrepareOutcome.Ready(preparation.ToState());
        }

        return PrepareOutcome.Waiting(preparation.ToState(), _options.UploadStatusInterval, preparation.DoneCount * 100 / preparation.Count);
    }

    /// <summary>Fetches the input, gets it a token, and sends it: whole up to the block size, else the blocks the host lacks.</summary>
    async Task StartAsync(AholoInput input, int index, AholoPreparation preparation, CancellationToken cancellationToken)
    {
        await using var file = await fetcher.FetchAsync(input, index, cancellationToken);
        var token = await client.GetUploadTokenAsync(cancellationToken);
        if (file.Size <= token.BlockSize)
        {
            await uploads.SingleUploadAsync(token, file, cancellationToken);
        }
        else
        {
            var plan = await uploads.InitBlockUploadAsync(token, file, cancellationToken);
            foreach (var block in plan.MissingBlocks)
            {
                await uploads.UploadBlockAsync(token, block, await file.ReadBlockAsync(block, token.BlockSize, cancellationToken), cancellationToken);
            }
        }

        preparation.Set(index, new AholoInputProgress
        {
            Name = file.Name,
            Width = file.Width,
            Height = file.Height,
            Duration = file.Duration,
            Token = token.Token,
            Origin = token.Origin.AbsoluteUri,
            Since = time.GetUtcNow(),
            Attempts = (preparation[index]?.Attempts ?? 0) + 1,
        });
    }

    async Task PollAsync(Guid generationId, AholoInput input, int index, AholoPreparation preparation, CancellationToken cancellationToken)
    {
        var progress = preparation[index]!;
        var status = await uploads.GetStatusAsync(new Uri(progress.Origin!, UriKind.Absolute), progress.Token!, cancellationToken);
        if (status.IsSucceeded)
        {
            preparation.Set(index, progress with { Url = status.Url!.AbsoluteUri, Token = null, Origin = null, Since = null });
            return;
        }

        var problem = status.TokenProblem ? $"the upload token was refused (code 12: {status.ErrorMessage})"
            : status.IsFailed ? $"upload status {status.Status} ({status.ErrorCode}: {status.ErrorMessage})"
            : time.GetUtcNow() - progress.Since > _options.UploadTimeout ? $"still in progress (status {status.Status}) after {_options.UploadTimeout}"
            : null;
        if (problem is null)
        {
            return;
        }

        if (progress.Attempts >= _options.MaxUploadAttempts)
        {
            throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InputUnavailable, status.ErrorCode ?? status.Status?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Input {input.Field} could not be uploaded to Aholo in {progress.Attempts} attempts: {problem}.");
        }

        logger.LogWarning("Upload of {InputField} of generation {GenerationId} to Aholo failed ({Problem}); uploading again with a new token",
            input.Field, generationId, problem);
        preparation.Set(index, progress with { Token = null, Origin = null, Since = null });
    }
}
