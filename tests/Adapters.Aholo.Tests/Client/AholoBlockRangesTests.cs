using System.Text.Json;

namespace GenerationGateway.Adapters.Aholo.Tests.Client;

public sealed class AholoBlockRangesTests
{
    [Fact]
    public void Reads_single_blocks_and_inclusive_ranges() =>
        Assert.Equal([2, 5, 6, 7, 9], AholoBlockRanges.Parse(["5-7", "2", "9"], 9));

    [Fact]
    public void Reads_the_documented_example() =>
        Assert.Equal([5, .. Enumerable.Range(72, 352)], AholoBlockRanges.Parse(["5", "72-423"], 423));

    [Fact]
    public void An_empty_list_means_nothing_is_missing() => Assert.Empty(AholoBlockRanges.Parse([], 4));

    [Theory]
    [InlineData("0")]
    [InlineData("3-5")]
    [InlineData("3-2")]
    [InlineData("x")]
    [InlineData("1-")]
    public void A_block_outside_the_file_or_not_a_number_is_an_error(string range) =>
        Assert.Throws<JsonException>(() => AholoBlockRanges.Parse([range], 4));
}
