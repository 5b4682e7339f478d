using System.Buffers.Binary;

namespace GenerationGateway.VendorSim.SeaArt.Create;

/// <summary>The simulator's own reading of an image header (PNG, JPEG, WebP): format and pixel size, or null.</summary>
public static class SeaArtImageHeader
{
    public static (string Format, int Width, int Height)? Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 24 && bytes[..8].SequenceEqual((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return ("png", BinaryPrimitives.ReadInt32BigEndian(bytes[16..]), BinaryPrimitives.ReadInt32BigEndian(bytes[20..]));
        }

        if (bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xD8)
        {
            return Jpeg(bytes);
        }

        if (bytes.Length >= 30 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8))
        {
            var data = bytes[20..];
            return bytes[12..16] switch
            {
                var c when c.SequenceEqual("VP8 "u8) => ("webp", BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFF, BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFF),
                var c when c.SequenceEqual("VP8L"u8) => ("webp", (int)(BinaryPrimitives.ReadUInt32LittleEndian(data[1..]) & 0x3FFF) + 1, (int)((BinaryPrimitives.ReadUInt32LittleEndian(data[1..]) >> 14) & 0x3FFF) + 1),
                var c when c.SequenceEqual("VP8X"u8) => ("webp", (data[4] | (data[5] << 8) | (data[6] << 16)) + 1, (data[7] | (data[8] << 8) | (data[9] << 16)) + 1),
                _ => null,
            };
        }

        return null;
    }

    private static (string, int, int)? Jpeg(ReadOnlySpan<byte> bytes)
    {
        for (var offset = 2; offset + 9 <= bytes.Length && bytes[offset] == 0xFF;)
        {
            var marker = bytes[offset + 1];
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return ("jpg", BinaryPrimitives.ReadUInt16BigEndian(bytes[(offset + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(bytes[(offset + 5)..]));
            }

            offset += 2 + BinaryPrimitives.ReadUInt16BigEndian(bytes[(offset + 2)..]);
        }

        return null;
    }
}
