using GenerationGateway.Adapters.Portrait.Subjects;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Portrait;

/// <summary>The keys of the vendor memo the workflow carries between steps, and the subject a request is about.</summary>
public static class PortraitMemo
{
    /// <summary>The training task this generation follows (started by it, or by another generation for the same subject).</summary>
    public const string TrainingTaskId = "trainingTaskId";

    /// <summary>The vendor's <c>user_id</c> of the subject's model.</summary>
    public const string UserId = "userId";

    /// <summary><see cref="Trained"/> when this generation trained the model, <see cref="Reused"/> when it used one trained before.</summary>
    public const string ModelSource = "modelSource";

    public const string Trained = "trained";

    public const string Reused = "reused";

    /// <summary>The subject of <paramref name="request"/>, scoped to its tenant.</summary>
    public static SubjectKey SubjectOf(GenerationRequested request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new SubjectKey(request.TenantId, request.Inputs.SubjectReference
            ?? throw new InvalidOperationException($"Generation {request.GenerationId} has no subject reference."));
    }

    public static Dictionary<string, string> With(IReadOnlyDictionary<string, string> memo, params (string Key, string Value)[] entries)
    {
        var copy = new Dictionary<string, string>(memo, StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            copy[key] = value;
        }

        return copy;
    }
}
