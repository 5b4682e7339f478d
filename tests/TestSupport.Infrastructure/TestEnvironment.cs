namespace GenerationGateway.TestSupport.Infrastructure;

/// <summary>
/// Where the real broker and database are. By default containers of this test assembly (<see cref="TestBroker"/>,
/// <see cref="TestDatabaseServer"/>: Testcontainers, images from <see cref="TestContainerImages"/>), which is what CI
/// runs. For quick local loops, <c>GATEWAY_TEST_RABBITMQ</c> (an AMQP URI) and <c>GATEWAY_TEST_POSTGRES</c> (a
/// connection string without a database) point the tests at services already running, such as the ones
/// tests/provision.sh installs. A test that cannot reach them fails; there is no in-memory fallback.
/// </summary>
public static class TestEnvironment
{
    public const string RabbitMqVariable = "GATEWAY_TEST_RABBITMQ";

    public const string PostgresVariable = "GATEWAY_TEST_POSTGRES";

    /// <summary>True when the broker is a service this run did not start (rabbitmqctl then runs on this machine).</summary>
    public static bool ExternalRabbitMq => Read(RabbitMqVariable) is not null;

    public static Uri RabbitMqUri => Read(RabbitMqVariable) is { } uri ? new Uri(uri) : TestBroker.Shared.Uri;

    public static string RabbitMqUsername => Uri.UnescapeDataString(RabbitMqUri.UserInfo.Split(':')[0]);

    public static string RabbitMqPassword => Uri.UnescapeDataString(RabbitMqUri.UserInfo.Split(':')[1]);

    /// <summary>The server's connection string, without a database of the test's own: <see cref="PostgresDatabase"/> makes one per run.</summary>
    public static string PostgresConnectionString => Read(PostgresVariable) ?? TestDatabaseServer.Shared.ConnectionString;

    static string? Read(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null;
}
