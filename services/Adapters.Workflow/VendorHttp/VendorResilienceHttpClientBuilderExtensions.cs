using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace GenerationGateway.Adapters.Workflow.VendorHttp;

public static class VendorResilienceHttpClientBuilderExtensions
{
    /// <summary>The name of the resilience pipeline on a vendor's read client.</summary>
    public const string PipelineName = "vendor-reads";

    /// <summary>
    /// Retries a read the vendor did not answer (no connection, a dropped connection, 408 or 5xx) a few times with a short
    /// exponential back-off (<see cref="VendorResilienceOptions"/>). 429 is not retried here: the workflow waits as long
    /// as the vendor asks. Register it only on a client whose every call is idempotent, never on one that submits paid work;
    /// add it before the client's other handlers so each attempt is signed, limited and measured on its own.
    /// </summary>
    public static IHttpClientBuilder AddVendorReadResilience(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<VendorResilienceOptions>()
            .BindConfiguration(VendorResilienceOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.AddResilienceHandler(PipelineName, (pipeline, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<VendorResilienceOptions>>().Value;
            if (options.MaxRetryAttempts == 0)
            {
                return;
            }

            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetryAttempts,
                Delay = options.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                // A vendor's Retry-After can be minutes: that wait belongs to the workflow's schedule, not to this call.
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
            });
        });
        return builder;
    }

    static bool IsTransient(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException } => true,
        { Result.StatusCode: HttpStatusCode.RequestTimeout } => true,
        { Result.StatusCode: var status } when (int)status >= 500 => true,
        _ => false,
    };
}
