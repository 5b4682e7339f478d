namespace GenerationGateway.Messaging.Postgres.Tests.Infrastructure;

/// <summary>Where the real PostgreSQL and RabbitMQ are (see tests/provision.sh).</summary>
internal static class TestSettings
{
    public static string Postgres =>
        Environment.GetEnvironmentVariable("GATEWAY_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : "Host=127.0.0.1;Port=5432;Username=gateway;Password=gateway";

    public static Uri RabbitMq =>
        new(Environment.GetEnvironmentVariable("GATEWAY_TEST_RABBITMQ") is { Length: > 0 } value
            ? value
            : "amqp://guest:guest@127.0.0.1:5672/");

    /// <summary>A name no other test (or run) uses: prefix plus a short random suffix.</summary>
    public static string UniqueName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 13)];
}
