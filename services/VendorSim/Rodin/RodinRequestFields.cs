using System.Text.Json;

namespace GenerationGateway.VendorSim.Rodin;

/// <summary>Reads one string field from a JSON object body or a form body (the Deemos MCP client posts forms).</summary>
public static class RodinRequestFields
{
    public static async Task<string?> ReadAsync(HttpRequest request, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                return form.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
            }

            using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty(name, out var value)
                && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException)
        {
            return null;
        }
    }
}
