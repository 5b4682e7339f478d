using System.Net;
using System.Text;

namespace GenerationGateway.Adapters.DashScope.Tests.Simulator;

/// <summary>A stub DashScope that answers every call with one recorded response (or throws), and keeps what it was sent.</summary>
public sealed class StubDashScope(HttpStatusCode status, string body) : HttpMessageHandler
{
    readonly List<HttpRequestMessage> _requests = [];

    public Exception? Throw { get; init; }

    public Action<HttpResponseMessage>? Configure { get; init; }

    public IReadOnlyList<HttpRequestMessage> Requests => _requests;

    public IDashScopeClient CreateClient(string? workspaceId = null) =>
        DashScopeClients.Create(this, new DashScopeOptions { BaseUrl = new Uri("https://dashscope.test/"), ApiKey = "key", WorkspaceId = workspaceId });

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _requests.Add(request);
        if (Throw is not null)
        {
            throw Throw;
        }

        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        Configure?.Invoke(response);
        return Task.FromResult(response);
    }
}
