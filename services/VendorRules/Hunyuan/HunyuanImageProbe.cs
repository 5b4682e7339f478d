using System.Buffers.Binary;

namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>
/// Reads the format and pixel size from an image's header (PNG IHDR, JPEG SOFn, WebP VP8/VP8L/VP8X),
/// so size rules are checked on the bytes themselves, whatever the URL or content type claims.
/// </summary>
public static class HunyuanImageProbe
{
    static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The image's format and size, or null when the bytes are not a JPEG, PNG or WebP it can read.</summary>
    public static HunyuanImageInfo? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(PngSignature))
        {
            return ReadPng(bytes);
        }

        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF)
        {
            return ReadJpeg(bytes);
        }

        return bytes.Length >= 16 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)
            ? ReadWebp(bytes)
            : null;
    }

    static HunyuanImageInfo? ReadPng(ReadOnlySpan<byte> bytes)
    {
        // The first chunk is IHDR: length (4), type (4), width (4, big-endian), height (4).
        if (bytes.Length < 24 || !bytes[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return Sized(HunyuanImageFormat.Png, BinaryPrimitives.ReadUInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadUInt32BigEndian(bytes[20..]));
    }

    static HunyuanImageInfo? ReadJpeg(ReadOnlySpan<byte> bytes)
    {
        var offset = 2;
        while (offset + 4 <= bytes.Length)
        {
            if (bytes[offset] != 0xFF)
            {
                return null;
            }

            var marker = bytes[offset + 1];
            if (marker == 0xFF)
            {
                offset++;
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                offset += 2;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes[(offset + 2)..]);
            if (IsStartOfFrame(marker))
            {
                // Segment: length (2), precision (1), height (2), width (2).
                return offset + 9 <= bytes.Length
                    ? Sized(HunyuanImageFormat.Jpeg, BinaryPrimitives.ReadUInt16BigEndian(bytes[(offset + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(offset + 5)..]))
                    : null;
            }

            if (marker is 0xD9 or 0xDA || length < 2)
            {
                return null;
            }

            offset += 2 + length;
        }

        return null;
    }

    static bool IsStartOfFrame(byte marker) => marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC);

    static HunyuanImageInfo? ReadWebp(ReadOnlySpan<byte> bytes)
    {
        var chunk = bytes[12..16];
        var data = bytes[20..];
        if (chunk.SequenceEqual("VP8 "u8) && data.Length >= 10 && data[3] == 0x9D && data[4] == 0x01 && data[5] == 0x2A)
        {
            return Sized(HunyuanImageFormat.Webp,
                BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFFu,
                BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFFu);
        }

        if (chunk.SequenceEqual("VP8L"u8) && data.Length >= 5 && data[0] == 0x2F)
        {
            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
            return Sized(HunyuanImageFormat.Webp, (bits & 0x3FFFu) + 1, ((bits >> 14) & 0x3FFFu) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8) && data.Length >= 10)
        {
            return Sized(HunyuanImageFormat.Webp, ReadUInt24(data[4..]) + 1, ReadUInt24(data[7..]) + 1);
        }

        return null;
    }

    static uint ReadUInt24(ReadOnlySpan<byte> bytes) => bytes[0] | ((uint)bytes[1] << 8) | ((uint)bytes[2] << 16);

    static HunyuanImageInfo? Sized(HunyuanImageFormat format, uint width, uint height) =>
        width is 0 or > int.MaxValue || height is 0 or > int.MaxValue ? null : new HunyuanImageInfo(format, (int)width, (int)height);
}
