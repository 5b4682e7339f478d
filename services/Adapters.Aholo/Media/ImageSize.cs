using System.Buffers.Binary;

namespace GenerationGateway.Adapters.Aholo.Media;

/// <summary>Reads an image's pixel size from its header: PNG (IHDR), JPEG (the first SOF marker), WebP (VP8, VP8L, VP8X) and GIF.</summary>
public static class ImageSize
{
    const int HeaderLength = 30;
    const int MaxJpegSegments = 512;

    /// <summary>The width and height, or null when the format is not one of these or the header is cut short.</summary>
    public static async Task<(int Width, int Height)?> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var header = new byte[HeaderLength];
        var length = await stream.ReadAtLeastAsync(header, HeaderLength, throwOnEndOfStream: false, cancellationToken);
        var bytes = header.AsSpan(0, length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']) && length >= 24)
        {
            return Positive(BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..]));
        }

        if (bytes.StartsWith("GIF8"u8) && length >= 10)
        {
            return Positive(BinaryPrimitives.ReadUInt16LittleEndian(bytes[6..]), BinaryPrimitives.ReadUInt16LittleEndian(bytes[8..]));
        }

        if (bytes.StartsWith("RIFF"u8) && length >= HeaderLength && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            return WebP(bytes);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8]) && stream.CanSeek)
        {
            stream.Position = 2;
            return await JpegAsync(stream, cancellationToken);
        }

        return null;
    }

    static (int Width, int Height)? WebP(ReadOnlySpan<byte> bytes)
    {
        var chunk = bytes[12..16];
        if (chunk.SequenceEqual("VP8X"u8))
        {
            return Positive(1 + (bytes[24] | (bytes[25] << 8) | (bytes[26] << 16)), 1 + (bytes[27] | (bytes[28] << 8) | (bytes[29] << 16)));
        }

        if (chunk.SequenceEqual("VP8L"u8) && bytes[20] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(bytes[21..]);
            return Positive((int)(bits & 0x3FFF) + 1, (int)((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8 "u8) && bytes[23] == 0x9D && bytes[24] == 0x01 && bytes[25] == 0x2A)
        {
            return Positive(BinaryPrimitives.ReadUInt16LittleEndian(bytes[26..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(bytes[28..]) & 0x3FFF);
        }

        return null;
    }

    /// <summary>Walks the JPEG segments after SOI to the first start-of-frame marker, which holds height then width.</summary>
    static async Task<(int Width, int Height)?> JpegAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[7];
        for (var segment = 0; segment < MaxJpegSegments; segment++)
        {
            if (await stream.ReadAtLeastAsync(buffer.AsMemory(0, 2), 2, throwOnEndOfStream: false, cancellationToken) < 2 || buffer[0] != 0xFF)
            {
                return null;
            }

            var marker = buffer[1];
            while (marker == 0xFF)
            {
                if (await stream.ReadAtLeastAsync(buffer.AsMemory(1, 1), 1, throwOnEndOfStream: false, cancellationToken) < 1)
                {
                    return null;
                }

                marker = buffer[1];
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue;
            }

            if (marker is 0xD9 or 0xDA || await stream.ReadAtLeastAsync(buffer.AsMemory(0, 2), 2, throwOnEndOfStream: false, cancellationToken) < 2)
            {
                return null;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(buffer);
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (await stream.ReadAtLeastAsync(buffer.AsMemory(0, 5), 5, throwOnEndOfStream: false, cancellationToken) < 5)
                {
                    return null;
                }

                return Positive(BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(3)), BinaryPrimitives.ReadUInt16BigEndian(buffer.AsSpan(1)));
            }

            if (length < 2)
            {
                return null;
            }

            stream.Seek(length - 2, SeekOrigin.Current);
        }

        return null;
    }

    static (int Width, int Height)? Positive(int width, int height) => width > 0 && height > 0 ? (width, height) : null;
}
