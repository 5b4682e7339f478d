using System.Globalization;
using System.Text.Json;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>Reads the upload host's <c>lackBlocks</c>: 1-based block numbers or inclusive ranges as strings (<c>["5","72-423"]</c>).</summary>
public static class AholoBlockRanges
{
    public static IReadOnlyList<int> Parse(IEnumerable<string> ranges, int blocks)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var missing = new SortedSet<int>();
        foreach (var range in ranges)
        {
            var parts = range.Split('-', 2, StringSplitOptions.TrimEntries);
            var first = Number(parts[0], range);
            var last = parts.Length == 2 ? Number(parts[1], range) : first;
            if (first < 1 || last < first || last > blocks)
            {
                throw new JsonException($"Aholo lackBlocks holds '{range}', outside blocks 1 to {blocks}.");
            }

            for (var block = first; block <= last; block++)
            {
                missing.Add(block);
            }
        }

        return [.. missing];
    }

    static int Number(string text, string range) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new JsonException($"Aholo lackBlocks holds '{range}', which is not a block number or range.");
}
