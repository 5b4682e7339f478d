using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GenerationGateway.TestSupport.Images;

/// <summary>Images of a chosen size, written from the format specs: real PNGs, and JPEG/WebP headers as far as a size reader goes.</summary>
public static class TestImages
{
    public static byte[] Png(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 0; // greyscale: one byte per pixel
        Chunk(png, "IHDR", header);
        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Fastest, leaveOpen: true))
            {
                var row = new byte[width + 1];
                for (var y = 0; y < height; y++)
                {
                    zlib.Write(row);
                }
            }

            Chunk(png, "IDAT", pixels.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    /// <summary>SOI, a JFIF APP0 segment, a baseline SOF0 with the size, EOI.</summary>
    public static byte[] Jpeg(int width, int height)
    {
        byte[] app0 = [0xFF, 0xE0, 0x00, 0x10, .. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0];
        byte[] sof0 = [0xFF, 0xC0, 0x00, 0x11, 8, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
        return [0xFF, 0xD8, .. app0, .. sof0, 0xFF, 0xD9];
    }

    /// <summary>A lossless (VP8L) WebP header.</summary>
    public static byte[] WebpLossless(int width, int height)
    {
        var bits = (uint)(width - 1) | ((uint)(height - 1) << 14);
        var data = new byte[5];
        data[0] = 0x2F;
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(1), bits);
        return Riff("VP8L", data);
    }

    /// <summary>A lossy (VP8) WebP header.</summary>
    public static byte[] WebpLossy(int width, int height)
    {
        var data = new byte[10];
        data[3] = 0x9D;
        data[4] = 0x01;
        data[5] = 0x2A;
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(8), (ushort)height);
        return Riff("VP8 ", data);
    }

    /// <summary>An extended (VP8X) WebP header.</summary>
    public static byte[] WebpExtended(int width, int height)
    {
        var data = new byte[10];
        data[4] = (byte)(width - 1);
        data[5] = (byte)((width - 1) >> 8);
        data[6] = (byte)((width - 1) >> 16);
        data[7] = (byte)(height - 1);
        data[8] = (byte)((height - 1) >> 8);
        data[9] = (byte)((height - 1) >> 16);
        return Riff("VP8X", data);
    }

    public static byte[] Gif(int width, int height) => [.. "GIF89a"u8, (byte)width, (byte)(width >> 8), (byte)height, (byte)(height >> 8), 0, 0, 0, 0x3B];

    public static string Base64(byte[] bytes) => Convert.ToBase64String(bytes);

    static byte[] Riff(string chunk, byte[] data)
    {
        var riff = new byte[20 + data.Length];
        "RIFF"u8.CopyTo(riff);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(4), (uint)(riff.Length - 8));
        "WEBP"u8.CopyTo(riff.AsSpan(8));
        Encoding.ASCII.GetBytes(chunk).CopyTo(riff, 12);
        BinaryPrimitives.WriteUInt32LittleEndian(riff.AsSpan(16), (uint)data.Length);
        data.CopyTo(riff, 20);
        return riff;
    }

    static void Chunk(Stream png, string type, byte[] data)
    {
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        var buffer = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        png.Write(buffer);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(buffer, Crc32(typed));
        png.Write(buffer);
    }

    static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}
