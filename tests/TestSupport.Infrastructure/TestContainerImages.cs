namespace GenerationGateway.TestSupport.Infrastructure;

/// <summary>
/// The images the test containers run: <c>GATEWAY_TEST_RABBITMQ_IMAGE</c> and <c>GATEWAY_TEST_POSTGRES_IMAGE</c>, the
/// official images by default. tests/provision-docker.sh sets them to images it built where no registry is reachable.
/// </summary>
public static class TestContainerImages
{
    public const string RabbitMqVariable = "GATEWAY_TEST_RABBITMQ_IMAGE";

    public const string PostgresVariable = "GATEWAY_TEST_POSTGRES_IMAGE";

    public static string RabbitMq => Read(RabbitMqVariable, "rabbitmq:4.1-management");

    public static string Postgres => Read(PostgresVariable, "postgres:17");

    /// <summary>The label every test container carries (<c>GATEWAY_TEST_RUN</c>, else <c>local</c>): tests/run.sh removes what a crashed run left.</summary>
    public static KeyValuePair<string, string> RunLabel => new("gateway.test-run", Read("GATEWAY_TEST_RUN", "local"));

    static string Read(string variable, string fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : fallback;
}
