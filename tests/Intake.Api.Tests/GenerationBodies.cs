using System.Net.Http.Json;
using System.Text.Json.Nodes;
using GenerationGateway.Intake.Api.Http;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>Request bodies as clients send them (camelCase JSON), unique per test through the tenant.</summary>
public static class GenerationBodies
{
    public static string NewTenant() => $"tenant-{Guid.NewGuid():N}";

    /// <summary>A valid image-to-3D request for the test vendor.</summary>
    public static JsonObject ForTestVendor(string tenantId) => new()
    {
        ["tenantId"] = tenantId,
        ["clientReference"] = "order-42",
        ["vendor"] = FakeVendorRules.Key,
        ["kind"] = "image-to-3d",
        ["inputs"] = new JsonObject
        {
            ["prompt"] = "a wooden chair",
            ["images"] = new JsonArray(new JsonObject { ["url"] = "https://images.example.com/chair.png", ["view"] = "front" }),
        },
        ["options"] = new JsonObject
        {
            ["quality"] = "high",
            ["targetFaceCount"] = 50_000,
            ["outputFormats"] = new JsonArray("glb", "usdz"),
            ["texture"] = "pbr",
        },
        ["vendorOptions"] = new JsonObject { ["anything"] = true },
        ["deadline"] = DateTimeOffset.UtcNow.AddHours(2).ToString("O"),
        ["callback"] = new JsonObject { ["url"] = "https://client.example.com/hooks/generation" },
    };

    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, JsonNode body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, GenerationRoutes.Collection)
        {
            Content = JsonContent.Create(body),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add(GenerationRoutes.IdempotencyKeyHeader, idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    public static async Task<Guid> AcceptedIdAsync(this HttpResponseMessage response)
    {
        var accepted = await response.Content.ReadFromJsonAsync<AcceptedGeneration>();
        return accepted!.GenerationId;
    }

    /// <summary>The <c>errors</c> of a validation problem, by field.</summary>
    public static async Task<Dictionary<string, string[]>> ValidationErrorsAsync(this HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemBody>();
        return problem!.Errors;
    }

    sealed record ValidationProblemBody(int Status, Dictionary<string, string[]> Errors);
}
