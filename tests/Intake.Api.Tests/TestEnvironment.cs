namespace GenerationGateway.Intake.Api.Tests;

/// <summary>The real services the tests run against (see tests/provision.sh); there is no fallback.</summary>
public static class TestEnvironment
{
    public static string Postgres =>
        Environment.GetEnvironmentVariable("GATEWAY_TEST_POSTGRES") is { Length: > 0 } value
            ? value
            : "Host=127.0.0.1;Port=5432;Username=gateway;Password=gateway";

    public static Uri RabbitMq =>
        new(Environment.GetEnvironmentVariable("GATEWAY_TEST_RABBITMQ") is { Length: > 0 } value
            ? value
            : "amqp://guest:guest@127.0.0.1:5672/");
}
