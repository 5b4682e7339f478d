using System.Net;
using GenerationGateway.Adapters.Workflow.VendorHttp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Workflow.Tests.VendorHttp;

/// <summary>The short retry of a vendor's read client: what it retries, what it leaves to the workflow, and its settings.</summary>
public sealed class VendorReadResilienceTests
{
    sealed class ScriptedAnswers(params HttpStatusCode[] statuses) : HttpMessageHandler
    {
        int _calls;

        public int Calls => _calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls) - 1;
            return Task.FromResult(new HttpResponseMessage(statuses[Math.Min(call, statuses.Length - 1)]));
        }
    }

    static ServiceProvider Services(ScriptedAnswers answers, int? maxRetryAttempts = null)
    {
        var settings = new Dictionary<string, string?> { ["VendorResilience:BaseDelay"] = "00:00:00.010" };
        if (maxRetryAttempts is { } attempts)
        {
            settings["VendorResilience:MaxRetryAttempts"] = attempts.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddHttpClient("reads", http => http.BaseAddress = new Uri("http://vendor.test/"))
            .AddVendorReadResilience()
            .ConfigurePrimaryHttpMessageHandler(() => answers);
        return services.BuildServiceProvider();
    }

    static async Task<HttpStatusCode> GetAsync(ServiceProvider services, HttpMethod method)
    {
        using var request = new HttpRequestMessage(method, "status");
        using var response = await services.GetRequiredService<IHttpClientFactory>().CreateClient("reads").SendAsync(request);
        return response.StatusCode;
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    public async Task A_read_the_vendor_failed_with_a_server_error_is_asked_again(string method)
    {
        var answers = new ScriptedAnswers(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        await using var services = Services(answers);

        Assert.Equal((HttpStatusCode.OK, 2), (await GetAsync(services, new HttpMethod(method)), answers.Calls));
    }

    [Fact]
    public async Task Gives_up_after_the_configured_retries_and_answers_the_last_failure()
    {
        var answers = new ScriptedAnswers(HttpStatusCode.BadGateway);
        await using var services = Services(answers);

        Assert.Equal((HttpStatusCode.BadGateway, 3), (await GetAsync(services, HttpMethod.Get), answers.Calls));
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.NotFound)]
    [InlineData(HttpStatusCode.Unauthorized)]
    public async Task Leaves_throttling_and_refusals_to_the_workflow(HttpStatusCode status)
    {
        var answers = new ScriptedAnswers(status, HttpStatusCode.OK);
        await using var services = Services(answers);

        Assert.Equal((status, 1), (await GetAsync(services, HttpMethod.Get), answers.Calls));
    }

    [Fact]
    public async Task Zero_retries_turns_the_retry_off()
    {
        var answers = new ScriptedAnswers(HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
        await using var services = Services(answers, maxRetryAttempts: 0);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, 1), (await GetAsync(services, HttpMethod.Get), answers.Calls));
    }

    [Fact]
    public async Task A_retry_count_out_of_range_is_refused_naming_the_setting()
    {
        await using var services = Services(new ScriptedAnswers(HttpStatusCode.OK), maxRetryAttempts: 9);

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<VendorResilienceOptions>>().Value);

        Assert.Contains("VendorResilience:MaxRetryAttempts", failure.Message, StringComparison.Ordinal);
    }
}
