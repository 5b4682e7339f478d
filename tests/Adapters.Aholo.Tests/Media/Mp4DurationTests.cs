using System.Buffers.Binary;
using GenerationGateway.Adapters.Aholo.Media;
using GenerationGateway.VendorSim.Aholo.Files;

namespace GenerationGateway.Adapters.Aholo.Tests.Media;

public sealed class Mp4DurationTests
{
    static Task<double?> Read(byte[] bytes) => Mp4Duration.ReadAsync(new MemoryStream(bytes), CancellationToken.None);

    [Fact]
    public async Task Reads_a_version_0_movie_header() => Assert.Equal(12.0, await Read(SampleMp4.Write(12, "a")));

    [Fact]
    public async Task Reads_a_version_1_movie_header_behind_a_large_box()
    {
        var mvhd = new byte[8 + 112];
        BinaryPrimitives.WriteInt32BigEndian(mvhd, mvhd.Length);
        "mvhd"u8.CopyTo(mvhd.AsSpan(4));
        mvhd[8] = 1;
        BinaryPrimitives.WriteUInt32BigEndian(mvhd.AsSpan(8 + 20), 600);
        BinaryPrimitives.WriteUInt64BigEndian(mvhd.AsSpan(8 + 24), 600 * 90);
        var moov = new byte[8];
        BinaryPrimitives.WriteInt32BigEndian(moov, 8 + mvhd.Length);
        "moov"u8.CopyTo(moov.AsSpan(4));
        var mdat = new byte[16 + 4];
        BinaryPrimitives.WriteInt32BigEndian(mdat, 1);
        "mdat"u8.CopyTo(mdat.AsSpan(4));
        BinaryPrimitives.WriteInt64BigEndian(mdat.AsSpan(8), mdat.Length);

        Assert.Equal(90.0, await Read([.. mdat, .. moov, .. mvhd]));
    }

    [Fact]
    public async Task A_file_without_a_movie_header_has_no_duration() => Assert.Null(await Read([0, 0, 0, 16, .. "ftypisom"u8, 0, 0, 0, 0]));
}
