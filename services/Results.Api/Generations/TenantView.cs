using System.Text.Json;
using System.Text.Json.Nodes;
using GenerationGateway.Results.Api.Assets;

namespace GenerationGateway.Results.Api.Generations;

/// <summary>
/// A generation as its tenant is shown it: asset URLs signed (a browser loads them without a header), no vendor
/// download links (they are the vendor's, often signed), and no user-info (<c>user:password@</c>) in the request's URLs.
/// </summary>
public sealed class TenantView(AssetUrlSigner signer)
{
    public GenerationRecord Of(GenerationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record with
        {
            Assets = [.. record.Assets.Select(asset => asset with { Url = signer.Sign(asset.Url), VendorUrl = null })],
            Request = record.Request is { } request ? WithoutUserInfo(request) : null,
        };
    }

    public GenerationPage Of(GenerationPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page with { Items = [.. page.Items.Select(Of)] };
    }

    static JsonElement WithoutUserInfo(JsonElement request)
    {
        var node = JsonNode.Parse(request.GetRawText());
        return node is null ? request : JsonSerializer.SerializeToElement(Strip(node));
    }

    static JsonNode Strip(JsonNode node)
    {
        switch (node)
        {
            case JsonObject json:
                foreach (var (name, value) in json.ToList())
                {
                    if (value is not null)
                    {
                        json[name] = Strip(value.DeepClone());
                    }
                }

                return json;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is { } item)
                    {
                        array[i] = Strip(item.DeepClone());
                    }
                }

                return array;
            case JsonValue value when value.TryGetValue<string>(out var text)
                && Uri.TryCreate(text, UriKind.Absolute, out var url)
                && url.UserInfo.Length > 0:
                return JsonValue.Create(new UriBuilder(url) { UserName = string.Empty, Password = string.Empty }.Uri.AbsoluteUri);
            default:
                return node;
        }
    }
}
