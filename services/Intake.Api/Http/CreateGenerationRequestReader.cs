using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GenerationGateway.Intake.Api.Http;

/// <summary>
/// Reads the body strictly (unknown properties, nulls where a value is required and wrong JSON types are
/// errors named by their JSON path) and computes the hash that tells repeats from different requests.
/// </summary>
static class CreateGenerationRequestReader
{
    /// <summary>Error key for a body that is not a JSON object at all.</summary>
    public const string BodyField = "body";

    static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>
    /// Deserializes a body already read within its size limit (its content type is enforced by the handler: 415
    /// otherwise); on failure returns null and names the offending field in <paramref name="errors"/>. A string that
    /// is not valid UTF-8 or holds a NUL is refused wherever it is, vendor options included.
    /// </summary>
    public static CreateGenerationRequest? Read(ReadOnlyMemory<byte> utf8Body, VendorRules.RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        try
        {
            using (var document = JsonDocument.Parse(utf8Body))
            {
                if (!JsonStringScanner.Check(document.RootElement, errors))
                {
                    return null;
                }
            }

            var body = JsonSerializer.Deserialize<CreateGenerationRequest>(utf8Body.Span, Options);
            if (body is null)
            {
                errors.Add(BodyField, "Send a JSON object.");
            }

            return body;
        }
        catch (JsonException)
        {
            // Not JSON at all: the serializer names where it stopped (the document parser does not).
            return ReadForError(utf8Body, errors);
        }
    }

    static CreateGenerationRequest? ReadForError(ReadOnlyMemory<byte> utf8Body, VendorRules.RequestValidationErrors errors)
    {
        try
        {
            _ = JsonSerializer.Deserialize<CreateGenerationRequest>(utf8Body.Span, Options);
            errors.Add(BodyField, "Is not valid JSON.");
        }
        catch (JsonException exception)
        {
            errors.Add(FieldOf(exception.Path), Describe(exception));
        }

        return null;
    }

    /// <summary>SHA-256 (lowercase hex) of the body re-serialized in a fixed form: spacing and key case of the client do not matter.</summary>
    public static string Hash(CreateGenerationRequest body) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(body, Options)));

    static string FieldOf(string? path) => path switch
    {
        null or "$" => BodyField,
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ => path.TrimStart('$'),
    };

    /// <summary>The serializer's messages name .NET types; clients get the gist in JSON terms.</summary>
    static string Describe(JsonException exception)
    {
        var message = exception.Message;
        var pathAt = message.IndexOf(" Path:", StringComparison.Ordinal);
        message = pathAt > 0 ? message[..pathAt] : message;
        return message switch
        {
            _ when message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal) => "Unknown property.",
            _ when message.Contains("missing required properties including: ", StringComparison.Ordinal) =>
                "Missing required properties: " + message[(message.IndexOf("including: ", StringComparison.Ordinal) + 11)..].TrimEnd('.') + ".",
            _ when message.Contains("doesn't allow setting null values", StringComparison.Ordinal) => "Must not be null.",
            _ when message.Contains("could not be converted to", StringComparison.Ordinal) => "Has the wrong JSON type or format.",
            _ => "Is not valid JSON.",
        };
    }
}
