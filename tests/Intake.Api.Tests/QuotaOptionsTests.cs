using GenerationGateway.Intake.Api.Quotas;

namespace GenerationGateway.Intake.Api.Tests;

public sealed class QuotaOptionsTests
{
    [Fact]
    public void The_shipped_defaults_are_valid_and_limit_every_tenant()
    {
        var options = new QuotaOptions();

        Assert.True(new QuotaOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(10, options.Default.RequestsPerSecond);
        Assert.Equal(100, options.Default.MaxInFlight);
        Assert.Equal(50, options.Default.MaxInFlightPerVendor);
        Assert.Equal(1, options.Default.FairShareWeight);
    }

    [Fact]
    public void Names_each_bad_default()
    {
        var options = new QuotaOptions { Default = new QuotaLimits { RequestsPerSecond = 0, MaxInFlight = 0, MaxInFlightPerVendor = -1, FairShareWeight = 101 } };

        var result = new QuotaOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains("Default.RequestsPerSecond", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Default.MaxInFlight", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Default.MaxInFlightPerVendor", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("Default.FairShareWeight", result.FailureMessage, StringComparison.Ordinal);
    }
}
