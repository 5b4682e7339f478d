using System.Globalization;
using System.Text.Json;

namespace GenerationGateway.Adapters.Aholo.Uploads;

/// <summary>
/// The preparation's progress inside the workflow memo: one JSON entry per input under <c>input.{index}</c>
/// (images in request order, then videos); other memo entries are kept as they are.
/// </summary>
public sealed class AholoPreparation
{
    public const string KeyPrefix = "input.";

    readonly Dictionary<string, string> _state;
    readonly AholoInputProgress?[] _inputs;

    AholoPreparation(Dictionary<string, string> state, AholoInputProgress?[] inputs)
    {
        _state = state;
        _inputs = inputs;
    }

    public int Count => _inputs.Length;

    public int DoneCount => _inputs.Count(x => x?.IsDone == true);

    public bool IsComplete => DoneCount == Count;

    public IReadOnlyList<int> InFlight => [.. Enumerable.Range(0, Count).Where(i => _inputs[i]?.InFlight == true)];

    /// <summary>Inputs neither done nor in flight, in order.</summary>
    public IReadOnlyList<int> Pending => [.. Enumerable.Range(0, Count).Where(i => _inputs[i] is not { IsDone: true } and not { InFlight: true })];

    public AholoInputProgress? this[int index] => _inputs[index];

    public static AholoPreparation Read(IReadOnlyDictionary<string, string> state, int count)
    {
        ArgumentNullException.ThrowIfNull(state);
        var inputs = new AholoInputProgress?[count];
        for (var i = 0; i < count; i++)
        {
            inputs[i] = state.TryGetValue(Key(i), out var json) ? JsonSerializer.Deserialize<AholoInputProgress>(json, JsonSerializerOptions.Web) : null;
        }

        return new AholoPreparation(new Dictionary<string, string>(state, StringComparer.Ordinal), inputs);
    }

    public void Set(int index, AholoInputProgress progress)
    {
        _inputs[index] = progress;
        _state[Key(index)] = JsonSerializer.Serialize(progress, JsonSerializerOptions.Web);
    }

    public IReadOnlyDictionary<string, string> ToState() => new Dictionary<string, string>(_state, StringComparer.Ordinal);

    /// <summary>The uploaded inputs as create-call resources; throws when one is not uploaded yet.</summary>
    public IReadOnlyList<AholoUploadedInput> Uploaded(IReadOnlyList<AholoInput> inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        return [.. inputs.Select((input, i) => _inputs[i] is { IsDone: true } done
            ? new AholoUploadedInput(input.Kind, done.Name ?? $"input-{i}", new Uri(done.Url!, UriKind.Absolute), done.Width, done.Height, done.Duration)
            : throw new InvalidOperationException($"Input {input.Field} is not uploaded to Aholo yet."))];
    }

    static string Key(int index) => KeyPrefix + index.ToString(CultureInfo.InvariantCulture);
}
