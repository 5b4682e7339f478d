using System.Net.Http.Json;
using System.Text.Json;

namespace GenerationGateway.VendorSim.Tests.Aholo;

public sealed class AholoBlockUploadTests
{
    const int Size = (AholoSimulator.BlockSize * 4) + 10;

    static string[] LackBlocks(AholoTestClient.Envelope init) =>
        [.. init.D.GetProperty("lackBlocks").EnumerateArray().Select(x => x.GetString()!)];

    [Fact]
    public async Task Init_lists_every_block_as_one_range_and_the_parts_complete_the_file()
    {
        using var aholo = AholoSimulator.Start();
        var bytes = AholoTestClient.Bytes(Size);
        var (token, _, _) = await aholo.TokenAsync();

        var init = await aholo.InitAsync(token, bytes);
        var partial = new List<int>();
        for (var block = 1; block <= 5; block++)
        {
            (await aholo.PartAsync(token, block, AholoTestClient.Block(bytes, block))).AssertOk();
            partial.Add((await aholo.StatusAsync(token)).D.GetProperty("status").GetInt32());
        }

        init.AssertOk();
        Assert.Equal(["1-5"], LackBlocks(init));
        Assert.False(init.D.GetProperty("deduplicated").GetBoolean());
        Assert.Equal([1, 1, 1, 1, 5], partial);
        var url = (await aholo.StatusAsync(token)).D.GetProperty("url").GetString()!;
        Assert.Equal(bytes, await aholo.Http.GetByteArrayAsync(new Uri(url)));
    }

    [Fact]
    public async Task A_later_init_of_the_same_file_lists_only_the_missing_blocks_as_ranges()
    {
        using var aholo = AholoSimulator.Start();
        var bytes = AholoTestClient.Bytes(Size);
        var (first, _, _) = await aholo.TokenAsync();
        (await aholo.InitAsync(first, bytes)).AssertOk();
        (await aholo.PartAsync(first, 1, AholoTestClient.Block(bytes, 1))).AssertOk();
        (await aholo.PartAsync(first, 3, AholoTestClient.Block(bytes, 3))).AssertOk();
        var (second, _, _) = await aholo.TokenAsync();

        var init = await aholo.InitAsync(second, bytes);
        (await aholo.PartAsync(second, 2, AholoTestClient.Block(bytes, 2))).AssertOk();
        (await aholo.PartAsync(second, 4, AholoTestClient.Block(bytes, 4))).AssertOk();
        (await aholo.PartAsync(second, 5, AholoTestClient.Block(bytes, 5))).AssertOk();

        Assert.Equal(["2", "4-5"], LackBlocks(init));
        Assert.Equal(5, (await aholo.StatusAsync(second)).D.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task A_file_the_host_already_holds_is_deduplicated_and_done_at_once()
    {
        using var factory = AholoSimulator.Create(new Dictionary<string, string?> { ["VendorSim:Aholo:UploadProcessingDuration"] = "00:00:05" });
        using var aholo = factory.Client();
        var bytes = AholoTestClient.Bytes(Size);
        var (first, _, _) = await aholo.TokenAsync();
        (await aholo.InitAsync(first, bytes)).AssertOk();
        for (var block = 1; block <= 5; block++)
        {
            (await aholo.PartAsync(first, block, AholoTestClient.Block(bytes, block))).AssertOk();
        }

        var (second, _, _) = await aholo.TokenAsync();
        var init = await aholo.InitAsync(second, bytes);
        var status = await aholo.StatusAsync(second);

        Assert.True(init.D.GetProperty("deduplicated").GetBoolean());
        Assert.Empty(LackBlocks(init));
        Assert.Equal(5, status.D.GetProperty("status").GetInt32());
        Assert.Equal(bytes, await aholo.Http.GetByteArrayAsync(new Uri(status.D.GetProperty("url").GetString()!)));
    }

    [Fact]
    public async Task Init_reads_its_parameters_from_a_json_body()
    {
        using var aholo = AholoSimulator.Start();
        var bytes = AholoTestClient.Bytes(Size);
        var (token, _, _) = await aholo.TokenAsync();

        var init = await aholo.OusAsync(HttpMethod.Post, "block/upload/init", token,
            JsonContent.Create(new { md5 = AholoTestClient.Md5(bytes), blocks = 5, size = Size, name = "walk.mp4" }));

        init.AssertOk();
        Assert.Equal(["1-5"], LackBlocks(init));
    }

    [Fact]
    public async Task Init_reads_its_parameters_from_a_form_body()
    {
        using var aholo = AholoSimulator.Start();
        var bytes = AholoTestClient.Bytes(Size);
        var (token, _, _) = await aholo.TokenAsync();
        using var form = new FormUrlEncodedContent([new("md5", AholoTestClient.Md5(bytes)), new("blocks", "5"), new("size", $"{Size}"), new("name", "walk.mp4")]);

        (await aholo.OusAsync(HttpMethod.Post, "block/upload/init", token, form)).AssertOk();
    }

    [Fact]
    public async Task Init_takes_the_query_string_over_the_body()
    {
        using var aholo = AholoSimulator.Start();
        var bytes = AholoTestClient.Bytes(Size);
        var (token, _, _) = await aholo.TokenAsync();

        var init = await aholo.OusAsync(HttpMethod.Post, $"block/upload/init?md5={AholoTestClient.Md5(bytes)}&blocks=5&size={Size}&name=walk.mp4", token,
            JsonContent.Create(new { md5 = "0", blocks = 1, size = 1 }));

        init.AssertOk();
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public async Task Init_checks_the_block_count_against_the_size(int blocks)
    {
        using var aholo = AholoSimulator.Start();
        var bytes = AholoTestClient.Bytes(Size);
        var (token, _, _) = await aholo.TokenAsync();

        var init = await aholo.OusAsync(HttpMethod.Post, $"block/upload/init?md5={AholoTestClient.Md5(bytes)}&blocks={blocks}&size={Size}&name=walk.mp4", token, null);

        init.AssertError("2001");
        Assert.Contains("blocks must be ceil(size / blockSize) = 5", init.M, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_part_must_have_the_block_size_except_the_last()
    {
        using var aholo = AholoSimulator.Start();
        var bytes = AholoTestClient.Bytes(Size);
        var (token, _, _) = await aholo.TokenAsync();
        (await aholo.InitAsync(token, bytes)).AssertOk();

        (await aholo.PartAsync(token, 1, AholoTestClient.Bytes(AholoSimulator.BlockSize - 1))).AssertError("2001");
        (await aholo.PartAsync(token, 6, AholoTestClient.Bytes(10))).AssertError("2001");
        (await aholo.PartAsync(token, 5, AholoTestClient.Block(bytes, 5))).AssertOk();
    }

    [Fact]
    public async Task A_part_needs_a_token_bound_by_init()
    {
        using var aholo = AholoSimulator.Start();
        var (token, _, _) = await aholo.TokenAsync();

        (await aholo.PartAsync(token, 1, AholoTestClient.Bytes(AholoSimulator.BlockSize))).AssertError("12");
    }

    [Fact]
    public async Task A_second_init_on_the_same_token_is_refused()
    {
        using var aholo = AholoSimulator.Start();
        var (token, _, _) = await aholo.TokenAsync();
        (await aholo.InitAsync(token, AholoTestClient.Bytes(Size))).AssertOk();

        (await aholo.InitAsync(token, AholoTestClient.Bytes(Size, 9))).AssertError("12");
    }

    [Fact]
    public async Task Abort_ends_the_upload_in_status_6()
    {
        using var aholo = AholoSimulator.Start();
        var (token, _, _) = await aholo.TokenAsync();
        (await aholo.InitAsync(token, AholoTestClient.Bytes(Size))).AssertOk();

        (await aholo.OusAsync(HttpMethod.Post, "block/upload/abort", token, null)).AssertOk();

        var status = await aholo.StatusAsync(token);
        Assert.Equal(6, status.D.GetProperty("status").GetInt32());
        Assert.Equal("ABORTED", status.D.GetProperty("errorCode").GetString());
    }

    [Fact]
    public async Task Blocks_whose_whole_does_not_match_the_md5_end_in_status_6()
    {
        using var aholo = AholoSimulator.Start();
        var bytes = AholoTestClient.Bytes(Size);
        var (token, _, _) = await aholo.TokenAsync();
        (await aholo.InitAsync(token, bytes)).AssertOk();
        for (var block = 1; block <= 5; block++)
        {
            var part = AholoTestClient.Block(bytes, block);
            (await aholo.PartAsync(token, block, block == 2 ? [.. part.Reverse()] : part)).AssertOk();
        }

        Assert.Equal(JsonValueKind.Number, (await aholo.StatusAsync(token)).D.GetProperty("status").ValueKind);
        Assert.Equal(6, (await aholo.StatusAsync(token)).D.GetProperty("status").GetInt32());
    }
}
