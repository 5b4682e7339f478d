using System.Text.Json.Nodes;

namespace GenerationGateway.VendorSim.SeaArt;

/// <summary>The simulator's answers: JSON as the gateway writes it, errors as <c>{"error":{code,message,error_message}}</c>.</summary>
public static class SeaArtResults
{
    public static IResult Json(JsonNode body, int status = StatusCodes.Status200OK) =>
        Results.Text(body.ToJsonString(), "application/json", statusCode: status);

    /// <summary>An HTTP error. The gateway's error body is not documented; this follows the SDK's <c>APIError</c> fields.</summary>
    public static IResult Error(int status, string code, string message) => Json(
        new JsonObject
        {
            ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["error_message"] = message },
        },
        status);

    public static IResult InvalidParams(string message) => Error(StatusCodes.Status400BadRequest, "INVALID_ARGUMENT", message);
}
