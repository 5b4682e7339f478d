namespace GenerationGateway.TestSupport.Infrastructure;

/// <summary>
/// Where the real broker and database are: <c>GATEWAY_TEST_RABBITMQ</c> and <c>GATEWAY_TEST_POSTGRES</c> (tests/run.sh
/// sets them; the defaults match tests/provision.sh). A test that cannot reach them fails; there is no in-memory fallback.
/// </summary>
public static class TestEnvironment
{
    public const string RabbitMqVariable = "GATEWAY_TEST_RABBITMQ";

    public const string PostgresVariable = "GATEWAY_TEST_POSTGRES";

    public static Uri RabbitMqUri => new(Read(RabbitMqVariable, "amqp://guest:guest@127.0.0.1:5672/"));

    public static string RabbitMqUsername => Uri.UnescapeDataString(RabbitMqUri.UserInfo.Split(':')[0]);

    public static string RabbitMqPassword => Uri.UnescapeDataString(RabbitMqUri.UserInfo.Split(':')[1]);

    /// <summary>The server's connection string, without a database: <see cref="PostgresDatabase"/> makes one per run.</summary>
    public static string PostgresConnectionString => Read(PostgresVariable, "Host=127.0.0.1;Port=5432;Username=gateway;Password=gateway");

    static string Read(string variable, string fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : fallback;
}
