using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using GenerationGateway.Contracts;
using GenerationGateway.Intake.Api.Http;
using Xunit.Abstractions;

namespace GenerationGateway.Intake.Api.Tests.Fuzzing;

/// <summary>
/// Mutates every README request thousands of times, with a fixed seed and a fresh one (both printed; set
/// <c>GATEWAY_FUZZ_SEED</c> to replay one), and holds intake to its promise: never a 5xx, every refusal a problem
/// document naming a field, and nothing published for any 4xx.
/// </summary>
public sealed class HostileInputFuzzTests : IClassFixture<IntakeApp>
{
    const int FixedSeed = 20_261_207;

    const int CasesPerSeed = 2_000;

    readonly IntakeApp _app;
    readonly ITestOutputHelper _output;

    public HostileInputFuzzTests(IntakeApp app, ITestOutputHelper output)
    {
        _app = app;
        _output = output;
    }

    [Fact]
    public void The_README_holds_every_vendors_generation_requests_as_JSON_objects()
    {
        var requests = ReadmeExamples.Requests;

        Assert.True(requests.Count >= 7, $"Only {requests.Count} generation requests were read from README.md's 'Try it' section.");
        Assert.All(requests, request => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(request.Body).RootElement.ValueKind));
        Assert.Equal(
            ["aholo", "dashscope-gen3d", "hunyuan3d-pro", "portrait", "rodin"],
            requests.Select(request => JsonDocument.Parse(request.Body).RootElement.GetProperty("vendor").GetString()).Distinct().Order(StringComparer.Ordinal));
        Assert.All(requests, request => Assert.Contains(new KeyValuePair<string, string>("Authorization", $"Bearer {ReadmeExamples.KeyPlaceholder}"), request.Headers));
    }

    [Fact]
    public async Task Every_README_request_is_answered_as_the_README_shows()
    {
        // A fresh intake: the fuzzing in this class may have used the README's idempotency keys for other bodies.
        await using var app = new IntakeApp();
        using var client = app.CreateApiClient("demo");
        foreach (var example in ReadmeExamples.Requests)
        {
            using var response = await SendAsync(client, new FuzzCase(example.Name, [], System.Text.Encoding.UTF8.GetBytes(example.Body),
                example.Headers.First(h => h.Key == "Content-Type").Value,
                example.Headers.Where(h => h.Key == GenerationRoutes.IdempotencyKeyHeader).Select(h => h.Value).ToList()));

            var expected = example.ShowsRefusal ? HttpStatusCode.BadRequest : HttpStatusCode.Accepted;
            Assert.True(response.StatusCode == expected, $"{example}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public Task Mutated_README_requests_never_get_a_5xx_and_no_refused_one_is_published_with_the_fixed_seed() =>
        FuzzAsync(FixedSeed);

    [Fact]
    public Task Mutated_README_requests_never_get_a_5xx_and_no_refused_one_is_published_with_a_fresh_seed() =>
        FuzzAsync(Environment.GetEnvironmentVariable("GATEWAY_FUZZ_SEED") is { Length: > 0 } replay
            ? int.Parse(replay, CultureInfo.InvariantCulture)
            : Random.Shared.Next());

    async Task FuzzAsync(int seed)
    {
        _output.WriteLine($"Fuzz seed {seed} ({CasesPerSeed} cases); replay with GATEWAY_FUZZ_SEED={seed}.");
        var mutator = new RequestMutator(new Random(seed));
        var examples = ReadmeExamples.Requests;
        using var client = _app.CreateApiClient("demo");
        var statuses = new SortedDictionary<int, int>();
        for (var i = 0; i < CasesPerSeed; i++)
        {
            var fuzzCase = mutator.Mutate(examples[i % examples.Count]);
            var publishedBefore = PublishedCount();
            using var response = await SendAsync(client, fuzzCase);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var failure = $"Seed {seed}, case {i}: {status}. {fuzzCase.Describe()}";

            Assert.True(status < 500, $"{failure}\n{await response.Content.ReadAsStringAsync()}");
            if (status >= 400)
            {
                Assert.True(PublishedCount() == publishedBefore, $"Published for a {status}. {failure}");
                Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
                var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
                var namesField = problem.TryGetProperty("field", out _)
                    || (problem.TryGetProperty("errors", out var errors) && errors.EnumerateObject().Any());
                Assert.True(namesField, $"The problem names no field. {failure}\n{problem}");
            }
            else
            {
                Assert.True(status == 202, failure);
            }
        }

        _output.WriteLine("Answers: " + string.Join(", ", statuses.Select(pair => $"{pair.Key} × {pair.Value}")));
    }

    int PublishedCount() => _app.Harness.Published.Select<GenerationRequested>().Count();

    static async Task<HttpResponseMessage> SendAsync(HttpClient client, FuzzCase fuzzCase)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GenerationRoutes.Collection)
        {
            Content = new ByteArrayContent(fuzzCase.Body),
        };
        if (fuzzCase.ContentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(fuzzCase.ContentType);
        }

        foreach (var key in fuzzCase.IdempotencyKeys)
        {
            request.Headers.TryAddWithoutValidation(GenerationRoutes.IdempotencyKeyHeader, key);
        }

        return await client.SendAsync(request);
    }
}
