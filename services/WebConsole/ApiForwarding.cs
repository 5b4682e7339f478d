using Yarp.ReverseProxy.Configuration;

namespace GenerationGateway.WebConsole;

/// <summary>
/// The public API's routing, as deploy/k8s/overlays/production/http-route.yaml has it: intake and results share
/// <c>/v1/generations</c> and are told apart by method. Used only where <see cref="WebConsoleOptions"/> names the services.
/// </summary>
public static class ApiForwarding
{
    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) For(WebConsoleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        void Add(string service, Uri? address, params (string Path, string[]? Methods)[] matches)
        {
            if (address is null)
            {
                return;
            }

            clusters.Add(new ClusterConfig
            {
                ClusterId = service,
                Destinations = new Dictionary<string, DestinationConfig>(StringComparer.Ordinal) { [service] = new() { Address = address.ToString() } },
            });
            routes.AddRange(matches.Select((match, index) => new RouteConfig
            {
                RouteId = $"{service}-{index}",
                ClusterId = service,
                Match = new RouteMatch { Path = match.Path, Methods = match.Methods },
            }));
        }

        Add("intake", options.IntakeUrl,
            ("/v1/generations", ["POST"]), ("/v1/generations/{id}", ["DELETE"]), ("/openapi/v1.json", ["GET"]));
        Add("results", options.ResultsUrl,
            ("/v1/generations", ["GET"]), ("/v1/generations/{**rest}", ["GET"]), ("/v1/events", ["GET"]),
            ("/v1/assets/{**key}", ["GET"]), ("/v1/usage", ["GET"]));
        Add("webhooks", options.WebhooksUrl, ("/v1/webhooks/{**rest}", null), ("/v1/webhooks", null), ("/v1/webhook-deliveries/{**rest}", null));
        Add("portrait", options.PortraitUrl, ("/v1/vendors/portrait/styles", ["GET"]));
        return (routes, clusters);
    }
}
