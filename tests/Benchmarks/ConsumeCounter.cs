using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using MassTransit;

namespace GenerationGateway.Benchmarks;

/// <summary>How many messages of each type the process consumed (every endpoint, retries included): where a generation's cost goes.</summary>
public sealed class ConsumeCounter : IConsumeObserver
{
    readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class
    {
        _counts.AddOrUpdate(typeof(T).Name, 1, (_, count) => count + 1);
        return Task.CompletedTask;
    }

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;

    public void Reset() => _counts.Clear();

    /// <summary>Consumed messages per generation by type, most first.</summary>
    public string PerGeneration(int generations)
    {
        var text = new StringBuilder();
        var total = 0;
        foreach (var (type, count) in _counts.OrderByDescending(pair => pair.Value))
        {
            total += count;
            text.Append(CultureInfo.InvariantCulture, $"    {type,-40} {count / (double)generations,6:F2} per generation").AppendLine();
        }

        return text.Insert(0, string.Create(CultureInfo.InvariantCulture, $"  messages consumed: {total / (double)Math.Max(generations, 1):F1} per generation{Environment.NewLine}")).ToString().TrimEnd();
    }
}
