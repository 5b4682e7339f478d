using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Tests.DashScope;

public sealed class DashScopeSimulatorOptionsTests
{
    [Theory]
    [InlineData("TaskQueriesPerSecond", "0")]
    [InlineData("Retention", "00:00:00")]
    [InlineData("ApiKey", "")]
    public void A_bad_setting_stops_the_simulator_naming_it(string setting, string value)
    {
        using var factory = DashScopeTestClient.CreateFactory((setting, value));

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = failure as OptionsValidationException ?? failure.InnerException as OptionsValidationException;
        Assert.NotNull(validation);
        Assert.Contains($"VendorSim:DashScope:{setting}", validation.Message, StringComparison.Ordinal);
    }
}
