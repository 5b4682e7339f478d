using System.Security.Cryptography;
using System.Text;

namespace GenerationGateway.VendorSim.Authentication;

/// <summary>
/// Admits requests with <c>Authorization: Bearer {key}</c> (compared in fixed time) as the simulated vendors that use API
/// keys do; anything else gets the vendor's own 401 (<see cref="Reject"/>).
/// </summary>
public abstract class BearerKeyFilter : IEndpointFilter
{
    private const string Scheme = "Bearer ";

    /// <summary>The key the simulator accepts (its settings' <c>ApiKey</c>).</summary>
    protected abstract string ApiKey { get; }

    /// <summary>The vendor's answer to a missing or wrong key.</summary>
    protected abstract IResult Reject(HttpContext context);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        var presented = header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase) ? header[Scheme.Length..].Trim() : string.Empty;
        return IsKey(presented, ApiKey) ? await next(context) : Reject(context.HttpContext);
    }

    /// <summary>Whether <paramref name="presented"/> is <paramref name="expected"/>, compared in fixed time; an empty one never is.</summary>
    public static bool IsKey(string presented, string expected)
    {
        ArgumentNullException.ThrowIfNull(presented);
        ArgumentNullException.ThrowIfNull(expected);
        return presented.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), Encoding.UTF8.GetBytes(expected));
    }
}
