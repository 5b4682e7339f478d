using System.Globalization;
using System.Text.Json;

namespace GenerationGateway.VendorSim.Rodin.Generate;

/// <summary>Reads Rodin's string-encoded form fields, keeping the first problem found as <see cref="Error"/>.</summary>
internal sealed class RodinFormReader(IFormCollection form)
{
    public string? Error { get; private set; }

    public void Fail(string message) => Error ??= message;

    public string? Text(string name)
    {
        if (!form.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        if (values.Count > 1)
        {
            Fail($"{name} must be sent once.");
        }

        return values[0];
    }

    public string Choice(string name, string fallback, IReadOnlyList<string> allowed)
    {
        var value = Text(name);
        if (value is null)
        {
            return fallback;
        }

        if (!allowed.Contains(value))
        {
            Fail($"{name} must be one of: {string.Join(", ", allowed)} (got '{value}').");
        }

        return value;
    }

    public bool? Bool(string name) => Text(name) switch
    {
        null => null,
        var v when bool.TryParse(v, out var parsed) => parsed,
        var v => Invalid<bool?>($"{name} must be \"true\" or \"false\" (got '{v}')."),
    };

    public int? Int(string name, int min, int max) => Text(name) switch
    {
        null => null,
        var v when int.TryParse(v, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max => n,
        var v => Invalid<int?>($"{name} must be an integer from {min} to {max} (got '{v}')."),
    };

    public IReadOnlyList<string> Many(string name, IReadOnlyList<string> allowed)
    {
        var values = form.TryGetValue(name, out var sent) ? sent.Select(v => v ?? string.Empty).ToList() : [];
        foreach (var value in values.Where(v => !allowed.Contains(v)))
        {
            Fail($"{name} values must be among: {string.Join(", ", allowed)} (got '{value}').");
        }

        return values;
    }

    /// <summary><c>bbox_condition</c>: a JSON array string of three positive integers.</summary>
    public void BoundingBox(string name)
    {
        var value = Text(name);
        if (value is null)
        {
            return;
        }

        try
        {
            var numbers = JsonSerializer.Deserialize<int[]>(value);
            if (numbers is { Length: 3 } && numbers.All(n => n > 0))
            {
                return;
            }
        }
        catch (JsonException)
        {
            // reported below
        }

        Fail($"{name} must be a JSON array of three positive integers, e.g. \"[100,100,100]\" (got '{value}').");
    }

    private T Invalid<T>(string message)
    {
        Fail(message);
        return default!;
    }
}
