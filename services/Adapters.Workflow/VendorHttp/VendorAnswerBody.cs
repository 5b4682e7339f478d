using System.Text.Json;

namespace GenerationGateway.Adapters.Workflow.VendorHttp;

/// <summary>
/// A vendor answer's body, read whole, with its JSON when it is the vendor's JSON: an error answer is read for the
/// vendor's code and message, and quoted as text when it is something else (a proxy's HTML page, an empty body).
/// </summary>
public static class VendorAnswerBody
{
    /// <summary>The body as text, and as <typeparamref name="T"/> if it parses as one (null if it does not).</summary>
    public static async Task<(string Text, T? Answer)> ReadAsync<T>(HttpResponseMessage response, JsonSerializerOptions json, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(response);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        return (text, TryParse<T>(text, json));
    }

    /// <summary>The text as <typeparamref name="T"/>, or null when it is not that JSON.</summary>
    static T? TryParse<T>(string text, JsonSerializerOptions json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
