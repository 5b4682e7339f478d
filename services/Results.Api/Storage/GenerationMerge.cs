using GenerationGateway.Contracts;
using GenerationGateway.Results.Api.Generations;

namespace GenerationGateway.Results.Api.Storage;

/// <summary>
/// The record rules in C#, for the in-memory store. PostgresGenerationStore states the same rules in SQL;
/// the shared store specs hold both to them.
/// </summary>
public static class GenerationMerge
{
    public static bool IsTerminal(GenerationStatus status) =>
        status is GenerationStatus.Completed or GenerationStatus.Failed or GenerationStatus.Cancelled;

    public static GenerationRecord Apply(GenerationRecord? current, GenerationChange change, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(change);
        var occurredAt = change.OccurredAt ?? now;
        var endsHere = change.Status is { } incoming && IsTerminal(incoming);

        if (current is null)
        {
            return new GenerationRecord
            {
                Id = change.GenerationId,
                TenantId = change.Request?.TenantId,
                ClientReference = change.Request?.ClientReference,
                Vendor = change.Vendor,
                Kind = change.Request?.Kind,
                Status = change.Status ?? GenerationStatus.Requested,
                Stage = change.Stage,
                Progress = change.Progress ?? 0,
                Queue = change.Stage == GenerationStage.Queued && !endsHere ? change.Queue : null,
                StageReportedAt = change.Stage is null ? null : occurredAt,
                VendorJobId = change.VendorJobId,
                CancelRequested = change.CancelRequested,
                Failure = change.Failure,
                Cancellation = change.Cancellation,
                Usage = change.Usage,
                PartialNote = change.PartialNote,
                TraceId = change.TraceId,
                Assets = change.Status == GenerationStatus.Completed ? DistinctByName(change.Assets) : [],
                CreatedAt = occurredAt,
                UpdatedAt = now,
                CompletedAt = endsHere ? occurredAt : null,
                Request = change.Request is null ? null : RequestSummary.ToElement(change.Request),
            };
        }

        var ended = IsTerminal(current.Status);
        var wins = !ended && endsHere;
        var stage = ended ? current.Stage : NextStage(current, change, occurredAt);
        var reportedInOrder = current.StageReportedAt is not { } last || occurredAt >= last;
        return current with
        {
            TenantId = current.TenantId ?? change.Request?.TenantId,
            ClientReference = current.ClientReference ?? change.Request?.ClientReference,
            Kind = current.Kind ?? change.Request?.Kind,
            Request = current.Request ?? (change.Request is null ? null : RequestSummary.ToElement(change.Request)),
            TraceId = current.TraceId ?? change.TraceId,
            VendorJobId = current.VendorJobId ?? change.VendorJobId,
            CancelRequested = current.CancelRequested || change.CancelRequested,
            Status = wins ? change.Status!.Value : NextStatus(current.Status, change.Status),
            Stage = stage,
            Queue = ended || wins || stage != GenerationStage.Queued ? null
                : change.Stage == GenerationStage.Queued && change.Queue is not null && reportedInOrder ? change.Queue
                : current.Queue,
            StageReportedAt = change.Stage is not null && !ended && reportedInOrder ? occurredAt : current.StageReportedAt,
            Progress = ended ? current.Progress : Math.Max(current.Progress, change.Progress ?? 0),
            Failure = wins ? change.Failure : current.Failure,
            Cancellation = wins ? change.Cancellation : current.Cancellation,
            Usage = wins ? change.Usage : current.Usage,
            PartialNote = wins ? change.PartialNote : current.PartialNote,
            Assets = wins && change.Status == GenerationStatus.Completed ? DistinctByName(change.Assets) : current.Assets,
            CompletedAt = wins ? occurredAt : current.CompletedAt,
            CreatedAt = occurredAt < current.CreatedAt ? occurredAt : current.CreatedAt,
            UpdatedAt = now > current.UpdatedAt ? now : current.UpdatedAt,
        };
    }

    static GenerationStatus NextStatus(GenerationStatus current, GenerationStatus? incoming) =>
        !IsTerminal(current) && incoming is { } next && next > current ? next : current;

    /// <summary>
    /// Stages only move forward, except that a submit which found the vendor full moves back from submitting to queued: only a
    /// report sent after the latest one applied, so a late queue report cannot move the job back into the queue.
    /// </summary>
    static GenerationStage? NextStage(GenerationRecord current, GenerationChange change, DateTimeOffset occurredAt) =>
        change.Stage is { } next && (current.Stage is null || next >= current.Stage
            || (current.Stage == GenerationStage.Submitting && next == GenerationStage.Queued
                && (current.StageReportedAt is not { } last || occurredAt >= last)))
            ? next
            : current.Stage;

    static GeneratedAsset[] DistinctByName(IReadOnlyList<GeneratedAsset> assets) =>
        [.. assets.DistinctBy(asset => asset.Name, StringComparer.Ordinal)];
}
