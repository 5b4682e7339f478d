namespace GenerationGateway.EndToEnd.Tests;

/// <summary>Where the real broker and database are (set by tests/run.sh; defaults match tests/provision.sh).</summary>
public static class TestEnvironment
{
    public static string PostgresConnectionString =>
        Environment.GetEnvironmentVariable("GATEWAY_TEST_POSTGRES") ?? "Host=127.0.0.1;Port=5432;Username=gateway;Password=gateway";

    public static Uri RabbitMqUri =>
        new(Environment.GetEnvironmentVariable("GATEWAY_TEST_RABBITMQ") ?? "amqp://guest:guest@127.0.0.1:5672/");
}
