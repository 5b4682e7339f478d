using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.Seeds;

/// <summary>Seed 003's download call as its curl and Python send it, and the 201 <c>{error:"OK", list[].url / name}</c> answer it prints.</summary>
public sealed class Seed003RodinDownloadTests
{
    [Fact]
    public async Task Download_answers_a_list_of_url_and_name()
    {
        using var factory = new VendorSimFactory();
        using var rodin = factory.CreateRodinClient();
        var taskUuid = (await rodin.SubmitTextAsync()).GetProperty("uuid").GetString()!;
        using var http = factory.CreateClient();
        using var download = new HttpRequestMessage(HttpMethod.Post, "/rodin/api/v2/download")
        {
            Content = new StringContent($"{{\n  \"task_uuid\": \"{taskUuid}\"\n}}", Encoding.UTF8, "application/json"),
        };
        download.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        download.Headers.Authorization = new AuthenticationHeaderValue("Bearer", VendorSimFactory.ApiKey);

        using var response = await http.SendAsync(download);
        var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(201, (int)response.StatusCode);
        Assert.Equal("OK", answer.GetProperty("error").GetString());
        var files = answer.GetProperty("list").EnumerateArray().ToList();
        Assert.NotEmpty(files);
        Assert.All(files, file =>
        {
            Assert.True(Uri.IsWellFormedUriString(file.GetProperty("url").GetString(), UriKind.Absolute));
            Assert.False(string.IsNullOrEmpty(file.GetProperty("name").GetString()));
        });
    }
}
