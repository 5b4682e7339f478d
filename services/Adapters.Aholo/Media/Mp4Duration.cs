using System.Buffers.Binary;

namespace GenerationGateway.Adapters.Aholo.Media;

/// <summary>Reads an MP4/MOV file's duration in seconds from <c>moov/mvhd</c> (timescale and duration, version 0 or 1).</summary>
public static class Mp4Duration
{
    const int MaxBoxes = 4096;

    public static async Task<double?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (!stream.CanSeek)
        {
            return null;
        }

        var moov = await FindAsync(stream, 0, stream.Length, "moov"u8.ToArray(), cancellationToken);
        if (moov is not { } box)
        {
            return null;
        }

        var mvhd = await FindAsync(stream, box.Start, box.End, "mvhd"u8.ToArray(), cancellationToken);
        if (mvhd is not { } header)
        {
            return null;
        }

        stream.Position = header.Start;
        var payload = new byte[32];
        if (await stream.ReadAtLeastAsync(payload, 32, throwOnEndOfStream: false, cancellationToken) < 32)
        {
            return null;
        }

        var (timeScale, duration) = payload[0] == 1
            ? (BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(20)), BinaryPrimitives.ReadUInt64BigEndian(payload.AsSpan(24)))
            : (BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(12)), BinaryPrimitives.ReadUInt32BigEndian(payload.AsSpan(16)));
        return timeScale == 0 || duration == 0 ? null : Math.Round((double)duration / timeScale, 3);
    }

    /// <summary>The payload range of the first box of <paramref name="type"/> between <paramref name="start"/> and <paramref name="end"/>.</summary>
    static async Task<(long Start, long End)?> FindAsync(Stream stream, long start, long end, byte[] type, CancellationToken cancellationToken)
    {
        var header = new byte[16];
        var position = start;
        for (var count = 0; count < MaxBoxes && position + 8 <= end; count++)
        {
            stream.Position = position;
            if (await stream.ReadAtLeastAsync(header.AsMemory(0, 8), 8, throwOnEndOfStream: false, cancellationToken) < 8)
            {
                return null;
            }

            long size = BinaryPrimitives.ReadUInt32BigEndian(header);
            var headerLength = 8;
            if (size == 1)
            {
                if (await stream.ReadAtLeastAsync(header.AsMemory(8, 8), 8, throwOnEndOfStream: false, cancellationToken) < 8)
                {
                    return null;
                }

                size = (long)BinaryPrimitives.ReadUInt64BigEndian(header.AsSpan(8));
                headerLength = 16;
            }
            else if (size == 0)
            {
                size = end - position;
            }

            if (size < headerLength || position + size > end)
            {
                return null;
            }

            if (header.AsSpan(4, 4).SequenceEqual(type))
            {
                return (position + headerLength, position + size);
            }

            position += size;
        }

        return null;
    }
}
