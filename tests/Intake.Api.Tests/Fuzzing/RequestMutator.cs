using System.Text;
using System.Text.Json.Nodes;

namespace GenerationGateway.Intake.Api.Tests.Fuzzing;

/// <summary>
/// Turns a README request into a hostile variant, deterministically for a given <see cref="Random"/>: values
/// replaced by other JSON types, nulls, control characters and oversized strings; properties removed, renamed or
/// invented; lists grown past their limits or given null items; bytes that are not UTF-8, lone surrogate escapes and
/// broken JSON; missing or wrong content types and odd idempotency keys.
/// </summary>
public sealed class RequestMutator
{
    static readonly string[] ContentTypes =
        ["application/json", "application/json; charset=utf-8", "text/plain", "application/json; charset=utf-16", "application/xml", "application/problem+json", "multipart/form-data"];

    static readonly string[] IdempotencyKeys = ["", " ", "key\u0001", "key\u007f", new string('k', 201), "ключ-1", "k\u00a0ey"];

    static readonly byte[][] InvalidUtf8 = [[0xC3, 0x28], [0xFF], [0xED, 0xA0, 0x80], [0xF0, 0x28, 0x8C, 0x28], [0xC0, 0xAF], [0xE2, 0x82]];

    static readonly string[] EscapesInsideStrings = [@"\ud800", @"\udfff", @"\u0000", @"\u0007", @"\u001b", @"\n", @"\u2028", @"\ufffe"];

    static readonly string[] InventedKeys = ["secret", "tier", "seed", "imageBase64", "__proto__", "generateType", "reuseTrainedModel", "Tenantid", "x"];

    readonly Random _random;

    public RequestMutator(Random random)
    {
        _random = random;
    }

    public FuzzCase Mutate(ReadmeRequest example)
    {
        ArgumentNullException.ThrowIfNull(example);
        var mutations = new List<string>();
        var json = JsonNode.Parse(example.Body)!;
        var treeMutations = _random.Next(0, 4);
        for (var i = 0; i < treeMutations; i++)
        {
            json = MutateTree(json, mutations);
        }

        var body = Encoding.UTF8.GetBytes(json.ToJsonString());
        if (treeMutations == 0 || _random.Next(3) == 0)
        {
            body = MutateBytes(body, mutations);
        }

        var contentType = example.Headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value;
        if (_random.Next(8) == 0)
        {
            contentType = _random.Next(4) == 0 ? null : Pick(ContentTypes);
            mutations.Add($"content type {contentType ?? "removed"}");
        }

        var keys = example.Headers.Where(h => h.Key.Equals("Idempotency-Key", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
        if (_random.Next(8) == 0)
        {
            keys = _random.Next(4) == 0 ? ["a", "b"] : [Pick(IdempotencyKeys)];
            mutations.Add("idempotency key replaced");
        }

        return new FuzzCase(example.Name, mutations, body, contentType, keys);
    }

    JsonNode MutateTree(JsonNode root, List<string> mutations)
    {
        var nodes = new List<JsonNode>();
        Collect(root, nodes);
        var target = Pick(nodes);
        var path = target.GetPath();
        switch (_random.Next(8))
        {
            case 0 when target.Parent is not null:
            case 1 when target.Parent is not null:
                Replace(target, HostileValue(out var what));
                mutations.Add($"{path} := {what}");
                break;
            case 2 when target.Parent is JsonObject parent:
                parent.Remove(target.GetPropertyName());
                mutations.Add($"{path} removed");
                break;
            case 3 when target is JsonObject obj:
                var key = Pick(InventedKeys);
                obj[key] = HostileValue(out var invented);
                mutations.Add($"{path}.{key} := {invented}");
                break;
            case 4 when target is JsonArray array:
                array.Insert(_random.Next(array.Count + 1), null);
                mutations.Add($"{path}: null item inserted");
                break;
            case 5 when target is JsonArray { Count: > 0 } array:
                var copies = _random.Next(2) == 0 ? _random.Next(1, 10) : _random.Next(150, 400);
                var item = array[_random.Next(array.Count)];
                for (var i = 0; i < copies; i++)
                {
                    array.Add(item?.DeepClone());
                }

                mutations.Add($"{path}: grown by {copies} items");
                break;
            case 6 when target.Parent is JsonObject parent:
                var name = target.GetPropertyName();
                var renamed = _random.Next(2) == 0 ? name.ToUpperInvariant() : name + "\u0000";
                parent.Remove(name);
                parent[renamed] = target;
                mutations.Add($"{path} renamed");
                break;
            default:
                if (root is JsonObject { } body && body["inputs"] is JsonObject inputs)
                {
                    if (inputs["images"] is not JsonArray images)
                    {
                        inputs["images"] = images = [];
                    }

                    for (var i = _random.Next(1, 300); i > 0; i--)
                    {
                        images.Add(new JsonObject { ["url"] = $"https://images.example.com/{i}.png" });
                    }

                    mutations.Add("inputs.images grown");
                }

                break;
        }

        return root;
    }

    byte[] MutateBytes(byte[] body, List<string> mutations)
    {
        var quotes = Enumerable.Range(0, body.Length).Where(i => body[i] == (byte)'"').ToArray();
        var at = quotes.Length > 0 ? quotes[_random.Next(quotes.Length)] + 1 : _random.Next(body.Length + 1);
        switch (_random.Next(5))
        {
            case 0:
                var bytes = Pick(InvalidUtf8);
                mutations.Add($"invalid UTF-8 at byte {at}");
                return [.. body[..at], .. bytes, .. body[at..]];
            case 1:
                var escape = Pick(EscapesInsideStrings);
                mutations.Add($"{escape} at byte {at}");
                return [.. body[..at], .. Encoding.ASCII.GetBytes(escape), .. body[at..]];
            case 2 when body.Length > 0:
                var flip = _random.Next(body.Length);
                var copy = (byte[])body.Clone();
                copy[flip] ^= (byte)(1 << _random.Next(8));
                mutations.Add($"bit flipped at byte {flip}");
                return copy;
            case 3:
                var cut = _random.Next(body.Length + 1);
                mutations.Add($"truncated to {cut} bytes");
                return body[..cut];
            default:
                var noise = new byte[_random.Next(1, 8)];
                _random.NextBytes(noise);
                mutations.Add($"{noise.Length} random bytes at byte {at}");
                return [.. body[..at], .. noise, .. body[at..]];
        }
    }

    JsonNode? HostileValue(out string what)
    {
        (JsonNode? value, what) = _random.Next(16) switch
        {
            0 => ((JsonNode?)null, "null"),
            1 => (JsonValue.Create(true), "true"),
            2 => (JsonValue.Create(-1), "-1"),
            3 => (JsonValue.Create(long.MaxValue), "long.MaxValue"),
            4 => (JsonValue.Create(1.5e300), "1.5e300"),
            5 => (JsonValue.Create(string.Empty), "\"\""),
            6 => (JsonValue.Create(new string('x', _random.Next(4_001, 20_000))), "a long string"),
            7 => (JsonValue.Create("a\u0000b"), "a string with NUL"),
            8 => (JsonValue.Create("a\u0001b\u001b\u007f\u0085"), "a string with control characters"),
            9 => (JsonValue.Create("line\nbreak\ttab"), "a string with a line break"),
            10 => (new JsonArray(), "[]"),
            11 => (new JsonObject(), "{}"),
            12 => (new JsonArray((JsonNode?)null), "[null]"),
            13 => (Nested(_random.Next(30, 80)), "deep nesting"),
            14 => (JsonValue.Create("2026-13-45T99:00:00Z"), "a bad date"),
            _ => (JsonValue.Create("ḿ̷̨ü̸ľ̶t̵ı̷-😀-\u202e"), "unusual Unicode"),
        };
        return value;
    }

    static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    static void Replace(JsonNode target, JsonNode? value)
    {
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = value;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = value;
                break;
        }
    }

    static void Collect(JsonNode? node, List<JsonNode> nodes)
    {
        if (node is null)
        {
            return;
        }

        nodes.Add(node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (_, child) in obj.ToArray())
                {
                    Collect(child, nodes);
                }

                break;
            case JsonArray array:
                foreach (var child in array.ToArray())
                {
                    Collect(child, nodes);
                }

                break;
        }
    }

    T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];
}
