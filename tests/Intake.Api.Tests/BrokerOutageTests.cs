using System.Net;
using GenerationGateway.Intake.Api.Http;
using Xunit.Abstractions;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>
/// Intake on the real RabbitMQ and PostgreSQL, reached through a <see cref="BrokerRelay"/> the test pauses:
/// while the broker does not confirm, nothing is answered 202, and a retry after it is back publishes the
/// generation the failed attempt recorded, under the same id.
/// </summary>
public sealed class BrokerOutageTests
{
    static readonly TimeSpan Recovery = TimeSpan.FromSeconds(60);

    readonly ITestOutputHelper _output;

    public BrokerOutageTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public async Task Answers_503_while_the_broker_is_unreachable_and_a_retry_publishes_the_same_generation()
    {
        await using var database = await TestDatabase.CreateAsync();
        // A virtual host of its own: intake declares durable vendor queues, which must not outlive the test.
        await using var virtualHost = await TestVirtualHost.CreateAsync();
        await using var relay = new BrokerRelay(TestEnvironment.RabbitMq);
        await using var observer = await BrokerObserver.StartAsync(FakeVendorRules.Key, virtualHost.Name);
        await using var app = IntakeApp.With(Settings(relay.Port, virtualHost.Name, database.ConnectionString), _output);
        var tenant = GenerationBodies.NewTenant();
        using var client = app.CreateApiClient(tenant);

        using var before = await client.PostAsync(GenerationBodies.ForTestVendor(tenant), "before");
        Assert.Equal(HttpStatusCode.Accepted, before.StatusCode);
        var acceptedBefore = await before.AcceptedIdAsync();
        Assert.True(await observer.ReceivedAsync(acceptedBefore, Recovery));

        relay.Pause();
        var body = GenerationBodies.ForTestVendor(tenant);
        using var during = await client.PostAsync(body, "during");
        using var cancelDuring = await client.DeleteAsync(GenerationRoutes.Of(acceptedBefore));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), during.Headers.RetryAfter?.Delta);
        Assert.Equal("application/problem+json", during.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, cancelDuring.StatusCode);
        var recorded = await RecordedAsync(database, tenant, "during");
        Assert.NotEqual(Guid.Empty, recorded.GenerationId);
        Assert.False(recorded.Published);

        relay.Resume();
        using var retry = await RetryUntilAcceptedAsync(client, body, "during");

        Assert.Equal(HttpStatusCode.Accepted, retry.StatusCode);
        Assert.Equal(recorded.GenerationId, await retry.AcceptedIdAsync());
        Assert.True(await observer.ReceivedAsync(recorded.GenerationId, Recovery));
        // The unconfirmed attempt may have reached the broker after all (the partition held it back):
        // then a second copy arrives, with the same generation id and message id to deduplicate on.
        Assert.All(observer.Requested.Where(x => x.Message.TenantId == tenant && x.Message.IdempotencyKey == "during"), x =>
        {
            Assert.Equal(recorded.GenerationId, x.Message.GenerationId);
            Assert.Equal(recorded.GenerationId, x.MessageId);
        });
        Assert.True((await RecordedAsync(database, tenant, "during")).Published);
        Assert.Equal(2L, await database.ScalarAsync<long>(
            "SELECT count(*) FROM intake_generations WHERE tenant_id = @tenant", ("tenant", tenant)));
    }

    static Dictionary<string, string> Settings(int brokerPort, string virtualHost, string connectionString)
    {
        var broker = TestEnvironment.RabbitMq;
        var credentials = broker.UserInfo.Split(':', 2);
        return new()
        {
            ["Intake:Persistence"] = "Postgres",
            ["ConnectionStrings:Intake"] = connectionString,
            ["Messaging:Transport"] = "RabbitMq",
            ["Messaging:RabbitMqHost"] = "127.0.0.1",
            ["Messaging:RabbitMqPort"] = brokerPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Messaging:RabbitMqVirtualHost"] = virtualHost,
            ["Messaging:RabbitMqUsername"] = Uri.UnescapeDataString(credentials[0]),
            ["Messaging:RabbitMqPassword"] = Uri.UnescapeDataString(credentials[1]),
            ["Messaging:PublishTimeout"] = "00:00:05",
            ["Logging:LogLevel:MassTransit"] = "Debug",
        };
    }

    /// <summary>What a client told to retry does: the same request with the same key until it is accepted.</summary>
    static async Task<HttpResponseMessage> RetryUntilAcceptedAsync(HttpClient client, System.Text.Json.Nodes.JsonNode body, string key)
    {
        var deadline = DateTime.UtcNow + Recovery;
        while (true)
        {
            var response = await client.PostAsync(body, key);
            if (response.StatusCode != HttpStatusCode.ServiceUnavailable || DateTime.UtcNow > deadline)
            {
                return response;
            }

            response.Dispose();
        }
    }

    static async Task<(Guid GenerationId, bool Published)> RecordedAsync(TestDatabase database, string tenant, string key)
    {
        var id = await database.ScalarAsync<Guid>(
            "SELECT generation_id FROM intake_generations WHERE tenant_id = @tenant AND idempotency_key = @key",
            ("tenant", tenant), ("key", key));
        var published = await database.ScalarAsync<bool>(
            "SELECT published FROM intake_generations WHERE generation_id = @id", ("id", id));
        return (id, published);
    }
}
