using System.Text.Json;

namespace GenerationGateway.VendorSim.Tests.Infrastructure;

/// <summary>A simulator's answer as its status and JSON body (<c>null</c> when the body is empty); disposes the response.</summary>
public static class SimulatorAnswer
{
    public static async Task<(int Status, JsonElement Body)> ReadAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var text = await response.Content.ReadAsStringAsync();
            using var document = JsonDocument.Parse(text.Length == 0 ? "null" : text);
            return ((int)response.StatusCode, document.RootElement.Clone());
        }
    }
}
