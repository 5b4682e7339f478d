using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace GenerationGateway.VendorSim.SeaArt.Files;

/// <summary>
/// The preview render the SeaArt simulator serves: a real 128×128 8-bit RGB PNG (a warm gradient), written here
/// from the PNG spec (signature, IHDR, zlib-compressed IDAT, IEND, each chunk with its CRC-32).
/// </summary>
public static class SeaArtPreviewPng
{
    public const string ContentType = "image/png";
    public const int Side = 128;

    private static readonly Lazy<byte[]> Bytes = new(() => Write(Side, Side));

    public static ReadOnlyMemory<byte> Png => Bytes.Value;

    public static byte[] Write(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8; // bit depth
        header[9] = 2; // colour type: RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", Pixels(width, height));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Pixels(int width, int height)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + (width * 3)];
            for (var y = 0; y < height; y++)
            {
                for (var x = 0; x < width; x++)
                {
                    row[1 + (x * 3)] = (byte)(96 + (x * 159 / Math.Max(1, width - 1)));
                    row[2 + (x * 3)] = (byte)(64 + (y * 127 / Math.Max(1, height - 1)));
                    row[3 + (x * 3)] = 48;
                }

                zlib.Write(row);
            }
        }

        return compressed.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        png.Write(length);
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type, typed);
        data.CopyTo(typed, 4);
        png.Write(typed);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typed));
        png.Write(crc);
    }

    private static uint Crc32(ReadOnlySpan<byte> data)
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
