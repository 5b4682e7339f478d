using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using GenerationGateway.Intake.Api.OpenApi;
using GenerationGateway.Intake.Api.Tests.Fuzzing;
using GenerationGateway.VendorRules;
using Microsoft.Extensions.DependencyInjection;

namespace GenerationGateway.Standalone.Tests;

/// <summary>
/// The combined OpenAPI document of the embedded default, checked by an independent validator (npm's
/// <c>@readme/openapi-parser</c> and Ajv, <c>OpenApiValidator/validate.mjs</c>, installed by <c>tests/provision.sh</c>),
/// and every request of the README's "Try it" section validated against it.
/// </summary>
public sealed class OpenApiDocumentTests : IAsyncLifetime
{
    static readonly string Validator = Path.Combine(RepositoryRoot(), "tests", "Standalone.Tests", "OpenApiValidator", "validate.mjs");

    readonly StandaloneHost _host = new();

    public Task InitializeAsync() => _host.StartAsync();

    public Task DisposeAsync() => _host.DisposeAsync().AsTask();

    [Fact]
    public async Task Document_and_reference_answer_without_a_key_and_describe_the_client_api()
    {
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };
        var document = JsonNode.Parse(await http.GetStringAsync(new Uri("openapi/v1.json", UriKind.Relative)))!;
        using var reference = await http.GetAsync(new Uri("scalar", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, reference.StatusCode);
        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("bearer", document["components"]!["securitySchemes"]!["Bearer"]!["scheme"]!.GetValue<string>());
        var paths = document["paths"]!.AsObject().Select(path => path.Key).ToList();
        Assert.All(paths, path => Assert.StartsWith("/v1/", path, StringComparison.Ordinal));
        Assert.Contains("/v1/generations", paths);
        Assert.Contains("/v1/generations/{id}", paths);
        Assert.Contains("/v1/generations/{id}/events", paths);
        Assert.Contains("/v1/events", paths);
        Assert.NotNull(document["paths"]!["/v1/generations/{id}/events"]!["get"]!["responses"]!["200"]!["content"]!["text/event-stream"]);
        var post = document["paths"]!["/v1/generations"]!["post"]!;
        Assert.NotNull(post["security"]);
        Assert.Equal("#/components/schemas/ProblemDetails", post["responses"]!["401"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>());
        var request = document["components"]!["schemas"]![VendorOptionsSchemaTransformer.RequestSchema]!;
        Assert.Equal("vendor", request["discriminator"]!["propertyName"]!.GetValue<string>());
        var mapped = request["discriminator"]!["mapping"]!.AsObject().Select(entry => entry.Key).Order(StringComparer.Ordinal);
        Assert.Equal(_host.Services.GetRequiredService<VendorRulesCatalog>().Vendors.Order(StringComparer.Ordinal), mapped);
    }

    [Fact]
    public async Task Independent_validator_accepts_the_document_and_every_readme_request()
    {
        var requests = ReadmeExamples.Requests.Where(request => !request.ShowsRefusal).ToList();
        Assert.NotEmpty(requests);

        var report = await ValidateAsync(requests.Select(request => (request.Name, JsonNode.Parse(request.Body)!)));

        Assert.True(report.ExitCode == 0, report.Output);
        Assert.Contains("valid document: OpenAPI 3.1", report.Output, StringComparison.Ordinal);
        Assert.Equal(requests.Count, report.Output.Split('\n').Count(line => line.StartsWith("valid request ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Validator_refuses_a_request_with_another_vendors_options()
    {
        var rodinWithHunyuanOptions = JsonNode.Parse("""
            {"vendor":"rodin","kind":"text-to-3d","inputs":{"prompt":"a chair"},"vendorOptions":{"generateType":"Normal"}}
            """)!;

        var report = await ValidateAsync([("rodin with hunyuan options", rodinWithHunyuanOptions)]);

        Assert.Equal(1, report.ExitCode);
        Assert.Contains("invalid request rodin with hunyuan options", report.Output, StringComparison.Ordinal);
        Assert.Contains("generateType", report.Output, StringComparison.Ordinal);
    }

    async Task<(int ExitCode, string Output)> ValidateAsync(IEnumerable<(string Name, JsonNode Body)> requests)
    {
        using var http = new HttpClient { BaseAddress = _host.BaseAddress };
        var directory = Directory.CreateTempSubdirectory("openapi-");
        try
        {
            var documentFile = Path.Combine(directory.FullName, "openapi.json");
            var requestsFile = Path.Combine(directory.FullName, "requests.json");
            await File.WriteAllTextAsync(documentFile, await http.GetStringAsync(new Uri("openapi/v1.json", UriKind.Relative)));
            var list = new JsonArray(requests.Select(request => (JsonNode)new JsonObject
            {
                ["name"] = request.Name,
                ["method"] = "POST",
                ["path"] = "/v1/generations",
                ["body"] = request.Body.DeepClone(),
            }).ToArray());
            await File.WriteAllTextAsync(requestsFile, list.ToJsonString());
            return await RunNodeAsync(Validator, documentFile, requestsFile);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    static async Task<(int ExitCode, string Output)> RunNodeAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start (bash tests/provision.sh installs it).");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Microservices.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Microservices.sln) was not found above the test's output.");
    }
}
