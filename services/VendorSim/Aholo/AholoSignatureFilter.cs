using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GenerationGateway.VendorSim.Aholo.Responses;
using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Aholo;

/// <summary>
/// Checks the Kujiale signature on every open-platform call (docs/vendors/aholo.md §2, §11 note 1): query parameters
/// <c>appkey</c>, <c>timestamp</c> (ms), <c>appuid</c> and <c>sign</c> = lowercase MD5 of secret + appkey + appuid +
/// timestamp, compared exactly. Failures are HTTP 200 with <c>c</c> 1001 (or 1002 for the timestamp).
/// </summary>
public sealed class AholoSignatureFilter(IOptions<AholoSimulatorOptions> options, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return Problem(context.HttpContext.Request.Query) is { } problem ? problem : await next(context);
    }

    private IResult? Problem(IQueryCollection query)
    {
        var settings = options.Value;
        string appKey = query["appkey"].ToString(), timestamp = query["timestamp"].ToString(), appUid = query["appuid"].ToString(), sign = query["sign"].ToString();
        if (appKey.Length == 0 || timestamp.Length == 0 || appUid.Length == 0 || sign.Length == 0)
        {
            return AholoResults.Error(AholoCodes.AuthFailed, "appkey, timestamp, appuid and sign are required query parameters.");
        }

        if (!Equal(appKey, settings.AppKey))
        {
            return AholoResults.Error(AholoCodes.AuthFailed, "Unknown appkey.");
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds))
        {
            return AholoResults.Error(AholoCodes.TimestampRejected, "timestamp must be milliseconds since the epoch.");
        }

        var skew = TimeSpan.FromMilliseconds(Math.Abs(time.GetUtcNow().ToUnixTimeMilliseconds() - (double)milliseconds));
        if (skew > settings.TimestampSkew)
        {
            return AholoResults.Error(AholoCodes.TimestampRejected, $"timestamp is {skew.TotalSeconds:0} s away from the server's clock (milliseconds expected).");
        }

        return Equal(sign, AholoSignature.Compute(settings.AppSecret, appKey, appUid, timestamp))
            ? null
            : AholoResults.Error(AholoCodes.AuthFailed, "Signature mismatch: sign must be the lowercase hex MD5 of appSecret + appkey + appuid + timestamp.");
    }

    private static bool Equal(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
}
