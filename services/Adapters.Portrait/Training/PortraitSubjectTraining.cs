using GenerationGateway.Adapters.Portrait.Callbacks;
using GenerationGateway.Adapters.Portrait.Client;
using GenerationGateway.Adapters.Portrait.Subjects;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Portrait.Training;

/// <summary>
/// Makes sure the subject has a trained model before a style is generated: reuses one trained before (for the same
/// tenant and subject reference), follows a training already under way, or uploads the photos and starts one.
/// The training is the first paid call: its task id is recorded in the subject store right after the vendor
/// answers, so a repeated preparation follows it instead of paying for another.
/// </summary>
public sealed class PortraitSubjectTraining(
    IPortraitClient client,
    ISubjectModelStore subjects,
    PortraitInputPhotos photos,
    PortraitCallbackUrls callbacks,
    TimeProvider clock,
    IOptions<PortraitOptions> options,
    ILogger<PortraitSubjectTraining> logger)
{
    readonly PortraitOptions _options = options.Value;

    public async Task<PrepareOutcome> PrepareAsync(VendorJob job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        var subject = PortraitMemo.SubjectOf(job.Request);
        if (job.State.TryGetValue(PortraitMemo.TrainingTaskId, out var followed) && job.State.TryGetValue(PortraitMemo.UserId, out var followedUser))
        {
            return await FollowAsync(job, subject, followed, followedUser, cancellationToken);
        }

        var model = await subjects.FindAsync(subject, cancellationToken);
        if (model is { Status: SubjectModelStatus.Trained, UserId: { } trainedUser })
        {
            logger.LogInformation("Generation {GenerationId} reuses the trained portrait model {VendorUserId} of its subject", job.GenerationId, trainedUser);
            return PrepareOutcome.Ready(PortraitMemo.With(job.State, (PortraitMemo.UserId, trainedUser), (PortraitMemo.ModelSource, PortraitMemo.Reused)));
        }

        if (model is { Status: SubjectModelStatus.Training, TrainingTaskId: { } training, UserId: { } trainingUser })
        {
            logger.LogInformation("Generation {GenerationId} follows training {VendorTaskId} already under way for its subject", job.GenerationId, training);
            return await FollowAsync(job, subject, training, trainingUser, cancellationToken);
        }

        if (job.Request.Inputs.Images.Count == 0)
        {
            throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.InvalidRequest, null,
                $"Subject '{subject.SubjectReference}' has no trained portrait model yet: send {VendorRules.Portrait.PortraitLimits.MinTrainingImages} to {VendorRules.Portrait.PortraitLimits.MaxTrainingImages} photos to train one.");
        }

        var now = clock.GetUtcNow();
        if (!await subjects.TryClaimAsync(subject, job.GenerationId, now, now - _options.TrainingClaimTimeout, cancellationToken))
        {
            logger.LogInformation("Generation {GenerationId} waits: another generation is starting the training of its subject", job.GenerationId);
            return PrepareOutcome.Waiting(job.State, _options.TrainingPollInterval, percent: 0);
        }

        return await StartAsync(job, subject, cancellationToken);
    }

    async Task<PrepareOutcome> StartAsync(VendorJob job, SubjectKey subject, CancellationToken cancellationToken)
    {
        var images = job.Request.Inputs.Images;
        var paths = new List<string>(images.Count);
        for (var i = 0; i < images.Count; i++)
        {
            var photo = await photos.FetchAsync(images[i], i, cancellationToken);
            paths.Add(await client.UploadFileAsync(photo, cancellationToken));
        }

        var ticket = await client.CreateUserModelAsync(paths, callbacks.For(job.GenerationId), cancellationToken);

        // Recorded whatever happens to this call now: a second paid training for the same person must never start.
        await subjects.RecordTrainingAsync(subject, job.GenerationId, ticket.TaskId, ticket.UserId, clock.GetUtcNow(), CancellationToken.None);
        logger.LogInformation("Generation {GenerationId} uploaded {PhotoCount} photos and started training {VendorTaskId} of model {VendorUserId}",
            job.GenerationId, paths.Count, ticket.TaskId, ticket.UserId);
        var memo = PortraitMemo.With(job.State,
            (PortraitMemo.TrainingTaskId, ticket.TaskId), (PortraitMemo.UserId, ticket.UserId), (PortraitMemo.ModelSource, PortraitMemo.Trained));
        return PrepareOutcome.Waiting(memo, _options.TrainingPollInterval, percent: 10);
    }

    async Task<PrepareOutcome> FollowAsync(VendorJob job, SubjectKey subject, string trainingTaskId, string userId, CancellationToken cancellationToken)
    {
        var source = job.State.GetValueOrDefault(PortraitMemo.ModelSource) ?? PortraitMemo.Reused;
        var memo = PortraitMemo.With(job.State,
            (PortraitMemo.TrainingTaskId, trainingTaskId), (PortraitMemo.UserId, userId), (PortraitMemo.ModelSource, source));

        PortraitTaskStatus training;
        try
        {
            training = await client.QueryTaskAsync(trainingTaskId, cancellationToken);
        }
        catch (VendorCallException exception) when (exception.Reason == FailureReason.VendorJobLost)
        {
            await subjects.MarkFailedAsync(subject, trainingTaskId, clock.GetUtcNow(), CancellationToken.None);
            throw;
        }

        switch (training.State)
        {
            case PortraitTaskState.Succeeded or PortraitTaskState.PartlySucceeded:
                await subjects.MarkTrainedAsync(subject, trainingTaskId, clock.GetUtcNow(), cancellationToken);
                logger.LogInformation("Training {VendorTaskId} of generation {GenerationId} succeeded: model {VendorUserId} is ready", trainingTaskId, job.GenerationId, userId);
                return PrepareOutcome.Ready(memo);
            case PortraitTaskState.Failed:
                await subjects.MarkFailedAsync(subject, trainingTaskId, clock.GetUtcNow(), CancellationToken.None);
                throw new VendorCallException(VendorErrorKind.Rejected, FailureReason.VendorJobFailed, "5",
                    $"The portrait vendor failed to train the model of subject '{subject.SubjectReference}' (training task {trainingTaskId}, state 5).");
            default:
                var percent = training.State == PortraitTaskState.Running ? 60 : 20;
                return PrepareOutcome.Waiting(memo, _options.TrainingPollInterval, percent);
        }
    }
}
