using Amazon.Runtime;

namespace GenerationGateway.AssetStore.Tests.Infrastructure;

/// <summary>Hands the SDK an <see cref="HttpClient"/> over <see cref="RecordingS3Handler"/>, so the requests the store sends can be read.</summary>
public sealed class RecordingHttpClientFactory(RecordingS3Handler handler) : HttpClientFactory
{
    public override HttpClient CreateHttpClient(IClientConfig clientConfig) => new(handler, disposeHandler: false);

    public override bool UseSDKHttpClientCaching(IClientConfig clientConfig) => false;

    public override bool DisposeHttpClientsAfterUse(IClientConfig clientConfig) => true;
}
