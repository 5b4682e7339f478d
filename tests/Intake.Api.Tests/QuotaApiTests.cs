using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Identity;
using MassTransit.Testing;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>Per-tenant quotas on the intake API: 429 with Retry-After and nothing published, and slots freed by terminal events.</summary>
public sealed class QuotaApiTests : IntakeAppTests
{
    static readonly TimeSpan ConsumeTimeout = TimeSpan.FromSeconds(30);

    readonly HttpClient _admin;

    public QuotaApiTests(IntakeApp app)
        : base(app)
    {
        _admin = app.CreateAnonymousClient();
        _admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestApiKeys.AdminKey);
    }

    [Fact]
    public async Task A_tenants_key_can_neither_read_nor_set_a_quota()
    {
        var tenant = GenerationBodies.NewTenant();
        using var own = App.CreateApiClient(tenant);

        using var get = await own.GetAsync(new Uri(Route(tenant), UriKind.Relative));
        using var put = await own.PutAsJsonAsync(Route(tenant), new JsonObject { ["maxInFlight"] = 1_000_000 });
        using var anonymous = await App.CreateAnonymousClient().PutAsJsonAsync(Route(tenant), new JsonObject { ["maxInFlight"] = 1 });

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Null((await GetQuotaAsync(tenant))["override"]!["maxInFlight"]);
    }

    [Fact]
    public async Task Answers_429_with_Retry_After_and_publishes_nothing_beyond_the_request_rate()
    {
        var tenant = GenerationBodies.NewTenant();
        await SetQuotaAsync(tenant, new JsonObject { ["requestsPerSecond"] = 0.01 });

        using var first = await Client.PostAsync(GenerationBodies.ForTestVendor(tenant));
        using var second = await Client.PostAsync(GenerationBodies.ForTestVendor(tenant));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.InRange(second.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 90, 100);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType?.MediaType);
        var problem = await second.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("requestsPerSecond", problem?["limit"]?.GetValue<string>());
        Assert.Equal("tenantId", problem?["field"]?.GetValue<string>());
        Assert.Single(App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.TenantId == tenant));
    }

    [Fact]
    public async Task Answers_429_beyond_max_in_flight_until_a_terminal_event_frees_a_slot()
    {
        var tenant = GenerationBodies.NewTenant();
        await SetQuotaAsync(tenant, new JsonObject { ["requestsPerSecond"] = 1000, ["maxInFlight"] = 2 });
        using var first = await Client.PostAsync(GenerationBodies.ForTestVendor(tenant));
        using var second = await Client.PostAsync(GenerationBodies.ForTestVendor(tenant));
        var firstId = await first.AcceptedIdAsync();
        await second.AcceptedIdAsync();

        using var refused = await Client.PostAsync(GenerationBodies.ForTestVendor(tenant));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("maxInFlight", (await refused.Content.ReadFromJsonAsync<JsonObject>())?["limit"]?.GetValue<string>());
        Assert.Equal(2, App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.TenantId == tenant).Count());
        Assert.Equal(2, (await GetQuotaAsync(tenant))["inFlight"]!.GetValue<int>());

        await App.Harness.Bus.Publish(new GenerationFailed
        {
            GenerationId = firstId,
            Vendor = FakeVendorRules.Key,
            Reason = FailureReason.VendorUnavailable,
            Retryable = false,
        });
        await WaitForInFlightAsync(tenant, 1);

        using var admitted = await Client.PostAsync(GenerationBodies.ForTestVendor(tenant));
        Assert.Equal(HttpStatusCode.Accepted, admitted.StatusCode);
        Assert.Equal(3, App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.TenantId == tenant).Count());
    }

    [Fact]
    public async Task Reports_the_defaults_and_the_override_of_a_tenant()
    {
        var tenant = GenerationBodies.NewTenant();

        var before = await GetQuotaAsync(tenant);
        var after = await SetQuotaAsync(tenant, new JsonObject { ["maxInFlight"] = 3, ["maxInFlightPerVendor"] = null });

        Assert.Equal(IntakeApp.DefaultRequestsPerSecond, before["requestsPerSecond"]!.GetValue<double>());
        Assert.Equal(IntakeApp.DefaultMaxInFlight, before["maxInFlight"]!.GetValue<int>());
        Assert.Equal(IntakeApp.DefaultMaxInFlight, before["maxInFlightPerVendor"]!.GetValue<int>());
        Assert.Equal(0, before["inFlight"]!.GetValue<int>());
        Assert.Equal(3, after["maxInFlight"]!.GetValue<int>());
        Assert.Equal(3, after["override"]!["maxInFlight"]!.GetValue<int>());
        Assert.Null(after["override"]!["requestsPerSecond"]);
        Assert.Equal(IntakeApp.DefaultRequestsPerSecond, after["requestsPerSecond"]!.GetValue<double>());
    }

    [Fact]
    public async Task Names_every_bad_quota_field()
    {
        using var response = await _admin.PutAsJsonAsync(
            Route(GenerationBodies.NewTenant()),
            new JsonObject { ["requestsPerSecond"] = 0, ["maxInFlight"] = 1.5, ["maxInFlightPerVendor"] = "many", ["burst"] = 3, ["fairShareWeight"] = 0 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(
            ["burst", "fairShareWeight", "maxInFlight", "maxInFlightPerVendor", "requestsPerSecond"],
            (await response.ValidationErrorsAsync()).Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("101")]
    [InlineData("2.5")]
    [InlineData("\"3\"")]
    [InlineData("-1")]
    public async Task Refuses_a_fair_share_weight_outside_1_to_100_naming_the_field_and_changes_nothing(string weight)
    {
        var tenant = GenerationBodies.NewTenant();
        await SetQuotaAsync(tenant, new JsonObject { ["fairShareWeight"] = 4 });

        using var response = await _admin.PutAsync(
            Route(tenant), new StringContent($"{{\"fairShareWeight\":{weight}}}", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = await response.ValidationErrorsAsync();
        Assert.Equal(["fairShareWeight"], errors.Keys);
        Assert.Contains("1 to 100", errors["fairShareWeight"][0], StringComparison.Ordinal);
        Assert.Equal(4, (await GetQuotaAsync(tenant))["fairShareWeight"]!.GetValue<int>());
    }

    [Fact]
    public async Task Publishes_the_tenants_fair_share_weight_with_each_request_and_1_when_unset()
    {
        var (weighted, plain) = (GenerationBodies.NewTenant(), GenerationBodies.NewTenant());
        var view = await SetQuotaAsync(weighted, new JsonObject { ["fairShareWeight"] = 7 });
        Assert.Equal(7, view["fairShareWeight"]!.GetValue<int>());
        Assert.Equal(7, view["override"]!["fairShareWeight"]!.GetValue<int>());
        Assert.Equal(1, (await GetQuotaAsync(plain))["fairShareWeight"]!.GetValue<int>());

        using var heavy = await Client.PostAsync(GenerationBodies.ForTestVendor(weighted));
        using var light = await Client.PostAsync(GenerationBodies.ForTestVendor(plain));
        var (heavyId, lightId) = (await heavy.AcceptedIdAsync(), await light.AcceptedIdAsync());

        Assert.Equal(7, Assert.Single(App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.GenerationId == heavyId)).Context.Message.TenantWeight);
        Assert.Equal(1, Assert.Single(App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.GenerationId == lightId)).Context.Message.TenantWeight);

        await SetQuotaAsync(weighted, new JsonObject { ["fairShareWeight"] = null });
        using var reset = await Client.PostAsync(GenerationBodies.ForTestVendor(weighted));
        var resetId = await reset.AcceptedIdAsync();
        Assert.Equal(1, Assert.Single(App.Harness.Published.Select<GenerationRequested>(x => x.Context.Message.GenerationId == resetId)).Context.Message.TenantWeight);
    }

    [Fact]
    public async Task Refuses_a_quota_body_that_is_not_a_json_object()
    {
        using var notJson = await _admin.PutAsync(Route(GenerationBodies.NewTenant()), new StringContent("{", System.Text.Encoding.UTF8, "application/json"));
        using var array = await _admin.PutAsJsonAsync(Route(GenerationBodies.NewTenant()), new JsonArray());

        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
        Assert.Equal(["body"], (await notJson.ValidationErrorsAsync()).Keys);
        Assert.Equal(HttpStatusCode.BadRequest, array.StatusCode);
    }

    static string Route(string tenant) => $"/v1/admin/tenants/{tenant}/quota";

    async Task<JsonObject> SetQuotaAsync(string tenant, JsonObject quota)
    {
        using var response = await _admin.PutAsJsonAsync(Route(tenant), quota);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    async Task<JsonObject> GetQuotaAsync(string tenant)
    {
        using var response = await _admin.GetAsync(new Uri(Route(tenant), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    async Task WaitForInFlightAsync(string tenant, int expected)
    {
        var deadline = DateTime.UtcNow + ConsumeTimeout;
        while ((await GetQuotaAsync(tenant))["inFlight"]!.GetValue<int>() != expected)
        {
            Assert.True(DateTime.UtcNow < deadline, $"In flight never became {expected}.");
            await Task.Delay(50);
        }
    }
}
