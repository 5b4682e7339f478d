using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using GenerationGateway.Intake.Api.ErrorQueues;
using GenerationGateway.ServiceDefaults;
using GenerationGateway.TestSupport.Identity;
using GenerationGateway.TestSupport.Infrastructure;
using RabbitMQ.Client;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>The admin error queue API on the real RabbitMQ, each test on a virtual host of its own.</summary>
public sealed class ErrorQueueApiTests
{
    static readonly string Source = GenerationTopology.VendorWorkflowQueue(FakeVendorRules.Key);
    static readonly string Error = DurableQueues.ErrorQueue(Source);

    [Fact]
    public async Task A_faulted_message_is_listed_peeked_redriven_and_purged()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var virtualHost = await RabbitMqVirtualHost.CreateAsync("errq");
        await using var app = IntakeApp.With(Settings(virtualHost, database.ConnectionString));
        using var admin = Admin(app);

        var before = await admin.GetFromJsonAsync<List<ErrorQueueDepth>>(ErrorQueueEndpoints.Route);
        Assert.Contains(before!, q => q.Queue == Error && q.Exists && q.Messages == 0 && q.SourceQueue == Source);
        Assert.Contains(before!, q => q.Queue == Source + "_skipped");
        // Declared by the adapter only, which does not run here: listed, absent, depth 0.
        var calls = DurableQueues.ErrorQueue(GenerationTopology.VendorCallsQueue(FakeVendorRules.Key));
        Assert.Contains(before!, q => q.Queue == calls && !q.Exists && q.Messages == 0);

        var messageId = Guid.NewGuid().ToString();
        await PublishAsync(virtualHost.Name, Error, messageId);

        var listed = await admin.GetFromJsonAsync<List<ErrorQueueDepth>>(ErrorQueueEndpoints.Route);
        Assert.Equal(1L, listed!.Single(q => q.Queue == Error).Messages);
        Assert.Equal(1L, Gauge(app, Error));

        var peeked = await admin.GetFromJsonAsync<JsonArray>($"{ErrorQueueEndpoints.Route}/{Error}/messages?limit=5");
        var message = Assert.Single(peeked!)!;
        Assert.Equal(messageId, (string?)message["messageId"]);
        Assert.Equal("System.InvalidOperationException", (string?)message["fault"]!["MT-Fault-ExceptionType"]);
        Assert.Equal("peek me", (string?)message["body"]!["prompt"]);
        Assert.Equal(1L, await DepthAsync(virtualHost.Name, Error));

        using var redrive = await admin.PostAsync($"{ErrorQueueEndpoints.Route}/{Error}/redrive", content: null);
        var moved = await redrive.Content.ReadFromJsonAsync<ErrorQueueMoved>();
        Assert.Equal(HttpStatusCode.OK, redrive.StatusCode);
        Assert.Equal(1L, moved!.Messages);
        Assert.Equal(Source, moved.Destination);
        Assert.Equal(0L, await DepthAsync(virtualHost.Name, Error));
        Assert.Equal(1L, await DepthAsync(virtualHost.Name, Source));
        var headers = await HeadersOfNextAsync(virtualHost.Name, Source);
        Assert.Equal("kept", headers["X-Custom"]);
        Assert.DoesNotContain(headers.Keys, name => name.StartsWith("MT-Fault-", StringComparison.Ordinal) || name is "MT-Reason" or "x-death");

        await PublishAsync(virtualHost.Name, Error, Guid.NewGuid().ToString());
        using var purge = await admin.DeleteAsync($"{ErrorQueueEndpoints.Route}/{Error}/messages");
        Assert.Equal(1L, (await purge.Content.ReadFromJsonAsync<ErrorQueueMoved>())!.Messages);
        Assert.Equal(0L, await DepthAsync(virtualHost.Name, Error));
        Assert.Equal(0L, await DepthAsync(virtualHost.Name, Source));
    }

    [Fact]
    public async Task The_admin_connection_falls_over_to_the_next_cluster_node()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var virtualHost = await RabbitMqVirtualHost.CreateAsync("errqnodes");
        var settings = Settings(virtualHost, database.ConnectionString);
        // The first node refuses connections (nothing listens on port 1); the real broker is the second.
        settings["Messaging:RabbitMqClusterNodes:0"] = $"{settings["Messaging:RabbitMqHost"]}:{settings["Messaging:RabbitMqPort"]}";
        settings["Messaging:RabbitMqPort"] = "1";
        await using var app = IntakeApp.With(settings);
        using var admin = Admin(app);

        await PublishAsync(virtualHost.Name, Error, Guid.NewGuid().ToString());
        var listed = await admin.GetFromJsonAsync<List<ErrorQueueDepth>>(ErrorQueueEndpoints.Route);
        Assert.Equal(1L, listed!.Single(q => q.Queue == Error).Messages);
    }

    [Fact]
    public async Task Names_only_fault_queues_of_the_vendors_and_only_for_an_admin()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var virtualHost = await RabbitMqVirtualHost.CreateAsync("errq");
        await using var app = IntakeApp.With(Settings(virtualHost, database.ConnectionString));
        using var admin = Admin(app);
        using var tenant = app.CreateApiClient(GenerationBodies.NewTenant());

        using var forbidden = await tenant.GetAsync(ErrorQueueEndpoints.Route);
        using var forbiddenPurge = await tenant.DeleteAsync($"{ErrorQueueEndpoints.Route}/{Error}/messages");
        using var mainQueue = await admin.DeleteAsync($"{ErrorQueueEndpoints.Route}/{Source}/messages");
        using var other = await admin.PostAsync($"{ErrorQueueEndpoints.Route}/amq.gen-x_error/redrive", content: null);
        using var badLimit = await admin.GetAsync($"{ErrorQueueEndpoints.Route}/{Error}/messages?limit=0");

        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, forbiddenPurge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, mainQueue.StatusCode);
        Assert.Equal("application/problem+json", mainQueue.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badLimit.StatusCode);
        Assert.Contains("limit", await badLimit.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_embedded_default_has_no_error_queues()
    {
        await using var app = new IntakeApp();
        using var admin = Admin(app);

        using var list = await admin.GetAsync(ErrorQueueEndpoints.Route);

        Assert.Equal(HttpStatusCode.NotFound, list.StatusCode);
        Assert.Contains("No broker in the embedded default", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    static HttpClient Admin(IntakeApp app)
    {
        var client = app.CreateAnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestApiKeys.AdminKey);
        return client;
    }

    static Dictionary<string, string> Settings(RabbitMqVirtualHost virtualHost, string connectionString)
    {
        var settings = virtualHost.Settings().ToDictionary(x => x.Key, x => x.Value!);
        settings["Intake:Persistence"] = "Postgres";
        settings["ConnectionStrings:Intake"] = connectionString;
        return settings;
    }

    /// <summary>The queue's ready messages by passive declare (rabbitmqctl's figures trail by seconds).</summary>
    static async Task<long> DepthAsync(string virtualHost, string queue)
    {
        await using var connection = await Factory(virtualHost).CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
    }

    /// <summary>The headers of the next message in <paramref name="queue"/>, which is taken off it.</summary>
    static async Task<Dictionary<string, string>> HeadersOfNextAsync(string virtualHost, string queue)
    {
        await using var connection = await Factory(virtualHost).CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var delivery = await channel.BasicGetAsync(queue, autoAck: true);
        Assert.NotNull(delivery);
        return (delivery.BasicProperties.Headers ?? new Dictionary<string, object?>()).ToDictionary(
            header => header.Key,
            header => header.Value is byte[] bytes ? Encoding.UTF8.GetString(bytes) : Convert.ToString(header.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            StringComparer.Ordinal);
    }

    static ConnectionFactory Factory(string virtualHost)
    {
        var broker = TestEnvironment.RabbitMq;
        var credentials = broker.UserInfo.Split(':', 2);
        return new ConnectionFactory
        {
            HostName = broker.Host,
            Port = broker.Port,
            VirtualHost = virtualHost,
            UserName = Uri.UnescapeDataString(credentials[0]),
            Password = Uri.UnescapeDataString(credentials[1]),
        };
    }

    /// <summary>What MassTransit does with a message whose consumer threw: the message with MT-Fault-* headers, confirmed.</summary>
    static async Task PublishAsync(string virtualHost, string queue, string messageId)
    {
        await using var connection = await Factory(virtualHost).CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync(new CreateChannelOptions(true, true));
        var properties = new BasicProperties
        {
            MessageId = messageId,
            ContentType = "application/vnd.masstransit+json",
            Persistent = true,
            Headers = new Dictionary<string, object?>
            {
                ["MT-Fault-ExceptionType"] = "System.InvalidOperationException",
                ["MT-Fault-Message"] = "The vendor said no.",
                ["MT-Reason"] = "fault",
                ["X-Custom"] = "kept",
            },
        };
        await channel.BasicPublishAsync(string.Empty, queue, mandatory: true, properties, Encoding.UTF8.GetBytes("""{"prompt":"peek me"}"""));
    }

    /// <summary>The gauge's value for <paramref name="queue"/> on this app's meter, collected now.</summary>
    static long? Gauge(IntakeApp app, string queue)
    {
        long? value = null;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == ErrorQueueMetrics.Messages && instrument.Meter.Scope == app.Services.GetService(typeof(IMeterFactory)))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, measurement, tags, _) =>
        {
            if (tags.ToArray().Any(t => t.Key == ErrorQueueMetrics.QueueTag && (string?)t.Value == queue))
            {
                value = measurement;
            }
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return value;
    }
}
