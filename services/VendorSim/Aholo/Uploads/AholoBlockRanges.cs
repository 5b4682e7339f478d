using System.Globalization;

namespace GenerationGateway.VendorSim.Aholo.Uploads;

/// <summary>Writes block numbers as the upload host's range strings: <c>[1,2,3,7]</c> → <c>["1-3","7"]</c>.</summary>
public static class AholoBlockRanges
{
    public static IReadOnlyList<string> Format(IEnumerable<int> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var ranges = new List<string>();
        int? start = null;
        var end = 0;
        foreach (var block in blocks.Order())
        {
            if (start is not null && block == end + 1)
            {
                end = block;
                continue;
            }

            if (start is { } open)
            {
                ranges.Add(Range(open, end));
            }

            start = block;
            end = block;
        }

        if (start is { } last)
        {
            ranges.Add(Range(last, end));
        }

        return ranges;
    }

    private static string Range(int start, int end) => start == end
        ? start.ToString(CultureInfo.InvariantCulture)
        : string.Create(CultureInfo.InvariantCulture, $"{start}-{end}");
}
