using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Rodin.Tests.Flow;

/// <summary>A Rodin that answers status and download with what the test sets.</summary>
sealed class FakeRodinClient : IRodinClient
{
    public IReadOnlyList<RodinJobState> Jobs { get; set; } = [];

    public IReadOnlyList<RodinFile> Files { get; set; } = [];

    public string? AskedSubscriptionKey { get; private set; }

    public Task<RodinSubmission> GenerateAsync(RodinGenerateParameters parameters, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task<int> CheckImagesAsync(IReadOnlyList<InputImage> images, CancellationToken cancellationToken) => Task.FromResult(images.Count);

    public Task<IReadOnlyList<RodinJobState>> GetStatusAsync(string subscriptionKey, CancellationToken cancellationToken)
    {
        AskedSubscriptionKey = subscriptionKey;
        return Task.FromResult(Jobs);
    }

    public Task<IReadOnlyList<RodinFile>> DownloadAsync(string taskUuid, CancellationToken cancellationToken) => Task.FromResult(Files);

}
