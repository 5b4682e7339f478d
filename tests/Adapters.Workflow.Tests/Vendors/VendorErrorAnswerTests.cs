using System.Net;
using System.Net.Http.Headers;
using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.Contracts;

namespace GenerationGateway.Adapters.Workflow.Tests.Vendors;

/// <summary>The reading of a vendor's HTTP error answer that every adapter shares.</summary>
public sealed class VendorErrorAnswerTests
{
    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, VendorErrorKind.Rejected, FailureReason.VendorAuthFailed)]
    [InlineData(HttpStatusCode.Forbidden, VendorErrorKind.Rejected, FailureReason.VendorAuthFailed)]
    [InlineData(HttpStatusCode.TooManyRequests, VendorErrorKind.Throttled, FailureReason.VendorRateLimited)]
    [InlineData(HttpStatusCode.InternalServerError, VendorErrorKind.Unavailable, FailureReason.VendorUnavailable)]
    [InlineData(HttpStatusCode.ServiceUnavailable, VendorErrorKind.Unavailable, FailureReason.VendorUnavailable)]
    [InlineData(HttpStatusCode.BadRequest, VendorErrorKind.Rejected, FailureReason.InvalidRequest)]
    [InlineData(HttpStatusCode.NotFound, VendorErrorKind.Rejected, FailureReason.InvalidRequest)]
    public void A_status_means_what_it_usually_means(HttpStatusCode status, VendorErrorKind kind, FailureReason reason)
    {
        Assert.Equal((kind, reason), VendorErrorAnswer.Classify(status));
    }

    [Fact]
    public void Any_other_client_error_is_the_rejection_the_call_names()
    {
        Assert.Equal((VendorErrorKind.Rejected, FailureReason.ContentRejected), VendorErrorAnswer.Classify(HttpStatusCode.Conflict, FailureReason.ContentRejected));
        Assert.Equal((VendorErrorKind.Throttled, FailureReason.VendorRateLimited), VendorErrorAnswer.Classify(HttpStatusCode.TooManyRequests, FailureReason.ContentRejected));
    }

    [Fact]
    public void An_http_error_carries_the_vendors_code_and_message_or_the_status_and_the_bodys_start()
    {
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(7));
        var meaning = VendorErrorAnswer.Classify(response.StatusCode);

        var coded = VendorErrorAnswer.HttpError(response, meaning, "Rodin status", "{}", "RATE_LIMITED", "slow down");
        var bare = VendorErrorAnswer.HttpError(response, meaning, "Rodin status", new string('x', 300));

        Assert.Equal((VendorErrorKind.Throttled, "RATE_LIMITED", "Rodin status answered HTTP 429: slow down", TimeSpan.FromSeconds(7)),
            (coded.Kind, coded.VendorCode, coded.Message, coded.RetryAfter));
        Assert.Equal(("429", $"Rodin status answered HTTP 429: {new string('x', VendorErrorAnswer.ExcerptLength)}"), (bare.VendorCode, bare.Message));
    }
}
