using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

public sealed class AholoStatusMappingTests
{
    static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    [Theory]
    [InlineData(0, "0 queued")]
    [InlineData(1, "1 waiting")]
    [InlineData(2, "2 running")]
    [InlineData(8, "8 preprocessing")]
    [InlineData(9, "9 unknown")]
    public void Statuses_that_are_not_terminal_are_running(int status, string word)
    {
        var outcome = AholoStatusMapping.Map(status, null, null, null, Interval);

        Assert.Equal((VendorJobStatus.Running, word, Interval), (outcome.Status, outcome.VendorStatus, outcome.RetryAfter));
    }

    [Fact]
    public void Status_3_is_success() => Assert.Equal(VendorJobStatus.Succeeded, AholoStatusMapping.Map(3, 1, null, null, Interval).Status);

    [Theory]
    [InlineData(4, FailureReason.VendorJobFailed, true, "Aholo reports the task failed.")]
    [InlineData(5, FailureReason.VendorJobFailed, false, "The task was cancelled at Aholo.")]
    [InlineData(6, FailureReason.VendorJobFailed, true, "The task timed out at Aholo.")]
    [InlineData(7, FailureReason.ContentRejected, false, "Aholo rejected the task's content.")]
    public void Statuses_4_to_7_are_distinct_terminal_failures(int status, FailureReason reason, bool retryable, string message)
    {
        var outcome = AholoStatusMapping.Map(status, null, null, null, Interval);

        Assert.Equal((VendorJobStatus.Failed, reason, retryable, message), (outcome.Status, outcome.FailureReason, outcome.Retryable, outcome.VendorMessage));
        Assert.Equal($"{status}", outcome.VendorCode);
    }

    [Fact]
    public void The_vendors_error_code_and_message_win_over_the_defaults()
    {
        var outcome = AholoStatusMapping.Map(4, null, "E42", "too few features", Interval);

        Assert.Equal(("E42", "too few features"), (outcome.VendorCode, outcome.VendorMessage));
    }

    [Theory]
    [InlineData(0.25, 25)]
    [InlineData(1.0, 100)]
    [InlineData(40.0, 40)]
    [InlineData(250.0, 100)]
    [InlineData(-1.0, -1)]
    public void Progress_is_read_as_a_fraction_or_a_percentage(double progress, int percent) =>
        Assert.Equal(percent, AholoStatusMapping.Map(2, progress, null, null, Interval).Percent ?? -1);
}
