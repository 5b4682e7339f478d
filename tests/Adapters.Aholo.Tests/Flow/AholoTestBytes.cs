using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace GenerationGateway.Adapters.Aholo.Tests.Flow;

static class AholoTestBytes
{
    [SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "The vendor's protocol is MD5.")]
    public static string Md5(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));

    /// <summary>Starts a block upload of <paramref name="bytes"/> and sends only <paramref name="blocks"/>, as a crashed earlier attempt would have.</summary>
    public static async Task UploadBlocksAsync(IHost host, byte[] bytes, string name, IReadOnlyList<int> blocks)
    {
        var client = host.Services.GetRequiredService<IAholoClient>();
        var uploads = host.Services.GetRequiredService<IAholoUploadClient>();
        var path = Path.GetTempFileName();
        await File.WriteAllBytesAsync(path, bytes);
        await using var file = new AholoInputFile(path, name, AholoInputKind.Video, bytes.Length, Md5(bytes));
        var token = await client.GetUploadTokenAsync(CancellationToken.None);
        await uploads.InitBlockUploadAsync(token, file, CancellationToken.None);
        foreach (var block in blocks)
        {
            await uploads.UploadBlockAsync(token, block, await file.ReadBlockAsync(block, token.BlockSize, CancellationToken.None), CancellationToken.None);
        }
    }
}
