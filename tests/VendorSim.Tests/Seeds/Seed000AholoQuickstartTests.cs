using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using GenerationGateway.VendorSim.Tests.Aholo;

namespace GenerationGateway.VendorSim.Tests.Seeds;

/// <summary>
/// Seed 000's quickstart ("完整示例") as its Python sends it, step by step: the requests it builds and the fields it
/// reads from each answer. tests/seeds/seed_000_quickstart.py is the same client, runnable against a live simulator.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "The seed's upload sends an MD5.")]
public sealed class Seed000AholoQuickstartTests
{
    [Fact]
    public async Task The_quickstart_reconstructs_one_image_and_reads_every_field_it_prints()
    {
        using var factory = AholoSimulator.Create();
        using var aholo = factory.Client();

        // Step 1: upload/token with appuid (+ the signature the seed leaves to the reader); d.ousToken, d.globalDomain, d.blockSize.
        var token = await aholo.ApiGetAsync("upload/token");
        token.AssertOk();
        var ousToken = token.D.GetProperty("ousToken").GetString()!;
        var globalDomain = token.D.GetProperty("globalDomain").GetString()!;
        Assert.True(token.D.GetProperty("blockSize").GetInt32() > 0);
        Assert.DoesNotContain("://", globalDomain, StringComparison.Ordinal);

        // Step 2: POST https://{globalDomain}/ous/api/v2/single/upload, multipart "file" + form "md5", header ous-token-v2; d.taskId.
        var image = AholoTestClient.Bytes(40);
        var uploadBase = new Uri($"https://{globalDomain}/ous/api/v2/");
        using var http = factory.CreateClient();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(image), "file", "image.jpg" },
            { new StringContent(Convert.ToHexStringLower(MD5.HashData(image))), "md5" },
        };
        using var upload = new HttpRequestMessage(HttpMethod.Post, new Uri(uploadBase, "single/upload")) { Content = form };
        upload.Headers.Add("ous-token-v2", ousToken);
        var uploaded = await ReadDataAsync(await http.SendAsync(upload));
        Assert.Equal(JsonValueKind.String, uploaded.GetProperty("taskId").ValueKind);

        // ... then GET upload/status until d.status is 5, and d.url is the image's URL.
        using var statusRequest = new HttpRequestMessage(HttpMethod.Get, new Uri(uploadBase, "upload/status"));
        statusRequest.Headers.Add("ous-token-v2", ousToken);
        var status = await ReadDataAsync(await http.SendAsync(statusRequest));
        Assert.Equal(5, status.GetProperty("status").GetInt32());
        var imageUrl = status.GetProperty("url").GetString()!;

        // Step 3: create-3d-recon with the seed's payload: one image; d is the project id.
        var created = await aholo.ApiPostAsync("project/create-3d-recon", new
        {
            projectName = "我的3D模型",
            cover = imageUrl,
            scene = "model",
            taskQuality = "NORMAL",
            accessLevel = 0,
            resources = new[] { new { name = "input.jpg", type = 0, url = imageUrl, meta = new { width = 1920, height = 1080, duration = (double?)null } } },
            uploadSog = false,
            panorama = false,
        });
        created.AssertOk();
        var projectId = created.D.GetString()!;

        // Step 4: task/list/by-ids with the body [projectId]; d[0].status 3 and d[0].result.plyPath / spzPath / sogPath.
        var tasks = await aholo.ApiPostAsync("project/task/list/by-ids", new[] { projectId });
        tasks.AssertOk();
        var task = tasks.D[0];
        Assert.Equal(3, task.GetProperty("status").GetInt32());
        var result = task.GetProperty("result");
        Assert.Equal(JsonValueKind.String, result.GetProperty("plyPath").ValueKind);
        Assert.Equal(JsonValueKind.String, result.GetProperty("spzPath").ValueKind);
        Assert.True(result.TryGetProperty("sogPath", out _));

        // Step 5: project/info?projectId=; d.name and d.projectType (0: reconstruction).
        var info = await aholo.ApiGetAsync("project/info", $"projectId={projectId}");
        info.AssertOk();
        Assert.Equal("我的3D模型", info.D.GetProperty("name").GetString());
        Assert.Equal(0, info.D.GetProperty("projectType").GetInt32());
    }

    [Fact]
    public async Task The_seeds_https_upload_url_reaches_the_plain_http_simulator_that_writes_its_certificate()
    {
        var certificatePath = Path.Combine(Path.GetTempPath(), $"vendorsim-tls-{Guid.NewGuid():N}.pem");
        using var factory = AholoSimulator.Create(new Dictionary<string, string?> { ["VendorSim:TlsCertificatePath"] = certificatePath });
        factory.UseKestrel(0);
        factory.StartServer();
        try
        {
            var plain = new Uri(factory.ClientOptions.BaseAddress, "/aholo/samples/view.png");
            using var trusted = X509Certificate2.CreateFromPem(await File.ReadAllTextAsync(certificatePath));
            using var handler = new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.RawData.AsSpan().SequenceEqual(trusted.RawData),
            };
            using var http = new HttpClient(handler);

            using var overHttp = await http.GetAsync(plain);
            using var overHttps = await http.GetAsync(new UriBuilder(plain) { Scheme = Uri.UriSchemeHttps }.Uri);

            Assert.Equal(200, (int)overHttp.StatusCode);
            Assert.Equal(200, (int)overHttps.StatusCode);
            Assert.Equal(await overHttp.Content.ReadAsByteArrayAsync(), await overHttps.Content.ReadAsByteArrayAsync());
        }
        finally
        {
            File.Delete(certificatePath);
        }
    }

    static async Task<JsonElement> ReadDataAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var envelope = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("0", envelope.GetProperty("c").ToString());
            return envelope.GetProperty("d").Clone();
        }
    }
}
