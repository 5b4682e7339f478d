using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Egress;

/// <summary>
/// The one guarded fetcher for every URL a user or a vendor hands the gateway: http and https only, no credentials in the
/// URL, redirects followed here (at most <c>Egress:MaxRedirects</c>, each hop checked again, never from https down to
/// http), every address checked at connect time (<see cref="EgressConnector"/>), a time limit on the whole fetch, and
/// a failed input retried at most twice. Failures are <see cref="EgressException"/>s whose message tells nothing about
/// the network behind the URL.
/// </summary>
public sealed partial class EgressFetcher(IHttpClientFactory httpClientFactory, IOptions<EgressOptions> options, EgressAddressPolicy policy, ILogger<EgressFetcher> logger)
{
    /// <summary>The named HttpClient behind the fetcher, its primary handler guarded (see <see cref="EgressHostingExtensions"/>).</summary>
    public const string HttpClientName = "egress";

    /// <summary>Fetches <paramref name="url"/> and hands the successful response to <paramref name="read"/>, within the time limit.</summary>
    public Task<T> GetAsync<T>(Uri url, EgressPurpose purpose, Func<HttpResponseMessage, CancellationToken, Task<T>> read, CancellationToken cancellationToken) =>
        GetAsync(url, purpose, read, null, cancellationToken);

    /// <summary>As <see cref="GetAsync{T}(Uri, EgressPurpose, Func{HttpResponseMessage, CancellationToken, Task{T}}, CancellationToken)"/>; <paramref name="prepare"/> sees every request (each hop) before it is sent.</summary>
    public async Task<T> GetAsync<T>(
        Uri url,
        EgressPurpose purpose,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read,
        Action<HttpRequestMessage>? prepare,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(read);
        var settings = options.Value;
        var retries = purpose == EgressPurpose.Input ? settings.MaxRetries : 0;
        var timeout = purpose == EgressPurpose.Input ? settings.Timeout : settings.AssetTimeout;
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await AttemptAsync(url, timeout, read, prepare, settings.MaxRedirects, cancellationToken).ConfigureAwait(false);
            }
            catch (EgressException exception) when (exception.Failure == EgressFailure.Unavailable && attempt < retries)
            {
                LogRetrying(logger, exception, url.Host, attempt + 1, exception.Detail);
                await Task.Delay(settings.RetryDelay * (1 << attempt), cancellationToken).ConfigureAwait(false);
            }
            catch (EgressException exception)
            {
                LogFailed(logger, exception, url.Host, exception.Failure, exception.Detail);
                throw;
            }
        }
    }

    async Task<T> AttemptAsync<T>(
        Uri url,
        TimeSpan timeout,
        Func<HttpResponseMessage, CancellationToken, Task<T>> read,
        Action<HttpRequestMessage>? prepare,
        int maxRedirects,
        CancellationToken cancellationToken)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var client = httpClientFactory.CreateClient(HttpClientName);
        var current = Checked(url);
        try
        {
            for (var hop = 0; ; hop++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                prepare?.Invoke(request);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= maxRedirects)
                    {
                        throw new EgressException(EgressFailure.Refused, $"More than {maxRedirects} redirects from {url.Host}.");
                    }

                    var location = response.Headers.Location
                        ?? throw new EgressException(EgressFailure.Rejected, $"{current.Host} redirected without a Location.", response.StatusCode);
                    var next = Checked(location.IsAbsoluteUri ? location : new Uri(current, location));
                    if (current.Scheme == Uri.UriSchemeHttps && next.Scheme == Uri.UriSchemeHttp)
                    {
                        throw new EgressException(EgressFailure.Refused, $"{current.Host} redirected from https down to http.");
                    }

                    current = next;
                    continue;
                }

                if (!response.IsSuccessStatusCode)
                {
                    var status = (int)response.StatusCode;
                    var permanent = status is >= 400 and < 500 && response.StatusCode is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
                    throw new EgressException(permanent ? EgressFailure.Rejected : EgressFailure.Unavailable, $"{current.Host} answered HTTP {status}.", response.StatusCode);
                }

                return await read(response, limit.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw new EgressException(EgressFailure.Unavailable, $"No complete answer from {current.Host} within {timeout}.", null, exception);
        }
        catch (HttpRequestException exception)
        {
            throw Unwrapped(exception) ?? new EgressException(EgressFailure.Unavailable, $"{current.Host}: {exception.Message}", null, exception);
        }
        catch (IOException exception)
        {
            throw Unwrapped(exception) ?? new EgressException(EgressFailure.Unavailable, $"{current.Host}: {exception.Message}", null, exception);
        }
    }

    /// <summary>
    /// Sends one request that is not a fetch (a webhook's POST) through the same guard: the URL checked, every address
    /// checked at connect time, no retry, redirects never followed (a 3xx is the answer), and <paramref name="timeout"/> on
    /// the whole exchange. Answers the target's status code, whatever it is; throws <see cref="EgressException"/> when the
    /// guard refuses the URL or no answer came in time.
    /// </summary>
    public async Task<HttpStatusCode> SendAsync(HttpRequestMessage request, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var url = request.RequestUri ?? throw new ArgumentException("The request has no URL.", nameof(request));
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            Checked(url);
            using var response = await httpClientFactory.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, limit.Token).ConfigureAwait(false);
            return response.StatusCode;
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            throw Logged(new EgressException(EgressFailure.Unavailable, $"No answer from {url.Host} within {timeout}.", null, exception), url);
        }
        catch (HttpRequestException exception)
        {
            throw Logged(Unwrapped(exception) ?? new EgressException(EgressFailure.Unavailable, $"{url.Host}: {exception.Message}", null, exception), url);
        }
        catch (IOException exception)
        {
            throw Logged(Unwrapped(exception) ?? new EgressException(EgressFailure.Unavailable, $"{url.Host}: {exception.Message}", null, exception), url);
        }
        catch (EgressException exception)
        {
            throw Logged(exception, url);
        }
    }

    EgressException Logged(EgressException exception, Uri url)
    {
        LogFailed(logger, exception, url.Host, exception.Failure, exception.Detail);
        return exception;
    }

    /// <summary>The URL checks that need no connection: scheme, credentials, and an address written as the host.</summary>
    Uri Checked(Uri url)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw new EgressException(EgressFailure.Refused, $"Only absolute http and https URLs are fetched ({(url.IsAbsoluteUri ? url.Scheme : "relative")}).");
        }

        if (url.UserInfo.Length > 0)
        {
            throw new EgressException(EgressFailure.Refused, $"A URL with credentials for {url.Host} is refused.");
        }

        if (IPAddress.TryParse(url.Host.Trim('[', ']'), out var address) && !policy.IsAllowedHost(url.Host, url.Port) && !policy.IsAllowed(address))
        {
            throw new EgressException(EgressFailure.Refused, $"{url.Host} is a denied address.");
        }

        return url;
    }

    static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    static EgressException? Unwrapped(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is EgressException egress)
            {
                return egress;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Fetch from {Host} failed (attempt {Attempt}), retrying: {Detail}")]
    static partial void LogRetrying(ILogger logger, Exception exception, string host, int attempt, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Fetch from {Host} gave up ({Failure}): {Detail}")]
    static partial void LogFailed(ILogger logger, Exception exception, string host, EgressFailure failure, string detail);
}
