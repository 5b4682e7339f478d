using System.Text;

namespace GenerationGateway.Intake.Api.Tests.Fuzzing;

/// <summary>One mutated request: what was done to which README example, and the bytes and headers that result.</summary>
public sealed record FuzzCase(string Example, IReadOnlyList<string> Mutations, byte[] Body, string? ContentType, IReadOnlyList<string> IdempotencyKeys)
{
    /// <summary>Enough to see what was sent: the mutations and the body with invisible bytes made visible (at most 1,500 characters).</summary>
    public string Describe()
    {
        var text = Encoding.UTF8.GetString(Body);
        var visible = new StringBuilder();
        foreach (var c in text.Length > 1_500 ? text[..1_500] + "…" : text)
        {
            visible.Append(char.IsControl(c) || char.IsSurrogate(c) || c == '\uFFFD' ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return $"{Example}; mutations: {string.Join(", ", Mutations)}; Content-Type: {ContentType ?? "(none)"}; "
            + $"Idempotency-Key: [{string.Join(" | ", IdempotencyKeys)}]; body ({Body.Length} bytes): {visible}";
    }
}
