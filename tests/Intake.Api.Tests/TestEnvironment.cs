using Shared = GenerationGateway.TestSupport.Infrastructure.TestEnvironment;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>The real services the tests run against (tests/TestSupport.Infrastructure: containers, or GATEWAY_TEST_*); there is no fallback.</summary>
public static class TestEnvironment
{
    public static string Postgres => Shared.PostgresConnectionString;

    public static Uri RabbitMq => Shared.RabbitMqUri;
}
