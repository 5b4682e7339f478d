using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GenerationGateway.VendorSim.Tests.Aholo;

/// <summary>Calls the Aholo simulator as the seed's client does: signed open-platform calls, token-only upload-host calls.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA5351:Do Not Use Broken Cryptographic Algorithms", Justification = "The vendor's protocol is MD5.")]
public sealed class AholoTestClient(HttpClient http, TimeProvider clock, string appKey, string appSecret, IDisposable? simulator = null) : IDisposable
{
    public const string ApiBase = "/aholo/v2/aholo/";
    public const string OusBase = "/aholo/ous/api/v2/";
    public const string AppUid = "user-42";

    public HttpClient Http { get; } = http;

    public static string Md5(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));

    public static byte[] Bytes(int length, int seed = 1) => [.. Enumerable.Range(0, length).Select(i => (byte)((i * 7) + seed))];

    /// <summary>The auth query as the seed's client builds it; each part may be replaced to break it on purpose.</summary>
    public string SignedQuery(string? timestamp = null, string? sign = null, string? appUid = AppUid, string? key = null)
    {
        timestamp ??= clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        key ??= appKey;
        sign ??= Convert.ToHexStringLower(MD5.HashData(Encoding.UTF8.GetBytes(appSecret + key + appUid + timestamp)));
        var uid = appUid is null ? "" : $"&appuid={appUid}";
        return $"appkey={key}&timestamp={timestamp}&sign={sign}{uid}";
    }

    public async Task<Envelope> ApiGetAsync(string path, string? query = null, string? auth = null) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Get, Url(path, query, auth)));

    public async Task<Envelope> ApiPostAsync(string path, object body, string? auth = null) =>
        await SendAsync(new HttpRequestMessage(HttpMethod.Post, Url(path, null, auth)) { Content = JsonContent.Create(body) });

    public async Task<(string Token, string Domain, int BlockSize)> TokenAsync()
    {
        var answer = await ApiGetAsync("upload/token");
        answer.AssertOk();
        return (answer.D.GetProperty("ousToken").GetString()!, answer.D.GetProperty("globalDomain").GetString()!, answer.D.GetProperty("blockSize").GetInt32());
    }

    public async Task<Envelope> SingleUploadAsync(string token, byte[] bytes, string? md5 = "", string name = "view.png")
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        if (md5 is not null)
        {
            form.Add(new StringContent(md5.Length == 0 ? Md5(bytes) : md5), "md5");
        }

        return await OusAsync(HttpMethod.Post, "single/upload", token, form);
    }

    public async Task<Envelope> InitAsync(string token, byte[] bytes, int blockSize = AholoSimulator.BlockSize, string name = "walk.mp4") =>
        await OusAsync(HttpMethod.Post, $"block/upload/init?md5={Md5(bytes)}&blocks={(bytes.Length + blockSize - 1) / blockSize}&size={bytes.Length}&name={name}", token, null);

    public async Task<Envelope> PartAsync(string token, int block, byte[] bytes)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(block.ToString(CultureInfo.InvariantCulture)), "block" },
            { new ByteArrayContent(bytes), "file", "blob" },
        };
        return await OusAsync(HttpMethod.Post, "block/upload/part", token, form);
    }

    public static byte[] Block(byte[] bytes, int block, int blockSize = AholoSimulator.BlockSize) =>
        bytes[((block - 1) * blockSize)..Math.Min(bytes.Length, block * blockSize)];

    public async Task<Envelope> StatusAsync(string? token) => await OusAsync(HttpMethod.Get, "upload/status", token, null);

    public async Task<Envelope> OusAsync(HttpMethod method, string path, string? token, HttpContent? content)
    {
        var request = new HttpRequestMessage(method, new Uri(OusBase + path, UriKind.Relative)) { Content = content };
        if (token is not null)
        {
            request.Headers.Add("ous-token-v2", token);
        }

        return await SendAsync(request);
    }

    /// <summary>Uploads the bytes with a fresh token and returns the URL the upload status gives at 5.</summary>
    public async Task<string> UploadAsync(byte[] bytes, string name = "view.png")
    {
        var (token, _, _) = await TokenAsync();
        (await SingleUploadAsync(token, bytes, name: name)).AssertOk();
        var status = await StatusAsync(token);
        status.AssertOk();
        Assert.Equal(5, status.D.GetProperty("status").GetInt32());
        return status.D.GetProperty("url").GetString()!;
    }

    /// <summary>A valid reconstruction body over freshly uploaded images.</summary>
    public async Task<object> ReconstructionBodyAsync(int images = 20, bool uploadSog = false, string scene = "space")
    {
        var resources = new List<object>();
        for (var i = 0; i < images; i++)
        {
            resources.Add(new { name = $"view{i}.png", type = 0, url = await UploadAsync(Bytes(40, i), $"view{i}.png"), meta = new { width = 64, height = 48, duration = (double?)null } });
        }

        return new { projectName = "living room", scene, taskQuality = "NORMAL", accessLevel = 1, resources, uploadSog, panorama = false };
    }

    public async Task<string> CreateReconstructionAsync(bool uploadSog = false)
    {
        var answer = await ApiPostAsync("project/create-3d-recon", await ReconstructionBodyAsync(uploadSog: uploadSog));
        answer.AssertOk();
        return answer.D.GetString()!;
    }

    public async Task<string> CreateGenerationAsync(string prompt = "a cosy reading corner")
    {
        var answer = await ApiPostAsync("project/create-3d-gen", new { projectName = "corner", prompt });
        answer.AssertOk();
        return answer.D.GetString()!;
    }

    public async Task<JsonElement> TaskAsync(string projectId)
    {
        var answer = await ApiPostAsync("project/task/list/by-ids", new[] { projectId });
        answer.AssertOk();
        return Assert.Single(answer.D.EnumerateArray().ToList());
    }

    public async Task InjectAsync(string faultsJson)
    {
        using var content = new StringContent(faultsJson, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri("/_sim/aholo/faults", UriKind.Relative), content);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    Uri Url(string path, string? query, string? auth) =>
        new($"{ApiBase}{path}?{(query is null ? "" : query + "&")}{auth ?? SignedQuery()}", UriKind.Relative);

    async Task<Envelope> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await Http.SendAsync(request))
        {
            var text = await response.Content.ReadAsStringAsync();
            var json = response.Content.Headers.ContentType?.MediaType == "application/json" ? text : JsonSerializer.Serialize(text);
            using var document = JsonDocument.Parse(json.Length == 0 ? "null" : json);
            return new Envelope((int)response.StatusCode, document.RootElement.Clone());
        }
    }

    public void Dispose()
    {
        Http.Dispose();
        simulator?.Dispose();
    }

    /// <summary>An answer: the HTTP status and the <c>{c,d,m,f}</c> body.</summary>
    public sealed record Envelope(int HttpStatus, JsonElement Body)
    {
        public string? C => Body.ValueKind == JsonValueKind.Object ? Body.GetProperty("c").GetString() : null;

        public JsonElement D => Body.GetProperty("d");

        public string? M => Body.GetProperty("m").GetString();

        public void AssertOk() => Assert.True(HttpStatus == 200 && C == "0", $"Expected success, got HTTP {HttpStatus}: {Body}");

        public void AssertError(string code)
        {
            Assert.Equal(200, HttpStatus);
            Assert.True(C == code, $"Expected c={code}, got {Body}");
        }
    }
}
