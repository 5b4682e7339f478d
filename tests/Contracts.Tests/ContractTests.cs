using System.Text.Json;
using MassTransit;
using MassTransit.Serialization;

namespace GenerationGateway.Contracts.Tests;

/// <summary>A message's namespace and name are its wire identity: other systems subscribe to them. Frozen.</summary>
public sealed class ContractTests
{
    static readonly JsonSerializerOptions Compact = new(SystemTextJsonMessageSerializer.Options) { WriteIndented = false };

    static readonly Dictionary<Type, string> PinnedNames = new()
    {
        [typeof(GenerationRequested)] = "GenerationGateway.Contracts.GenerationRequested",
        [typeof(GenerationAccepted)] = "GenerationGateway.Contracts.GenerationAccepted",
        [typeof(GenerationProgressed)] = "GenerationGateway.Contracts.GenerationProgressed",
        [typeof(GenerationCompleted)] = "GenerationGateway.Contracts.GenerationCompleted",
        [typeof(GenerationFailed)] = "GenerationGateway.Contracts.GenerationFailed",
        [typeof(CancelGeneration)] = "GenerationGateway.Contracts.CancelGeneration",
        [typeof(GenerationCancelled)] = "GenerationGateway.Contracts.GenerationCancelled",
    };

    [Fact]
    public void Every_message_keeps_its_full_type_name_and_message_urn()
    {
        foreach (var (type, name) in PinnedNames)
        {
            Assert.Equal(name, type.FullName);
            Assert.Equal($"urn:message:GenerationGateway.Contracts:{type.Name}", MessageUrn.ForTypeString(type));
        }
    }

    [Fact]
    public void Every_message_of_the_contracts_assembly_is_pinned()
    {
        var messages = typeof(GenerationRequested).Assembly.GetExportedTypes()
            .Where(type => type.GetProperty("GenerationId") is not null);

        Assert.All(messages, type => Assert.True(PinnedNames.ContainsKey(type), $"{type.FullName} carries a GenerationId but is not pinned here."));
    }

    [Theory]
    [MemberData(nameof(ContractSamples.All), MemberType = typeof(ContractSamples))]
    public void Every_message_survives_a_json_round_trip_on_the_bus_serializer(object message)
    {
        var options = SystemTextJsonMessageSerializer.Options;
        var json = JsonSerializer.Serialize(message, message.GetType(), options);

        var back = JsonSerializer.Deserialize(json, message.GetType(), options)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, message.GetType(), options));
    }

    [Fact]
    public void Enum_values_travel_as_their_frozen_wire_names()
    {
        var json = JsonSerializer.Serialize(ContractSamples.Requested(), Compact);

        Assert.Contains("\"kind\":\"scene-reconstruction\"", json, StringComparison.Ordinal);
        Assert.Contains("\"quality\":\"ultra\"", json, StringComparison.Ordinal);
        Assert.Contains("\"outputFormats\":[\"ply\",\"spz\",\"sog\"]", json, StringComparison.Ordinal);
        Assert.Contains("\"texture\":\"pbr\"", json, StringComparison.Ordinal);
        Assert.Contains("\"topology\":\"quad\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_reasons_are_the_closed_list_of_wire_names()
    {
        var names = Enum.GetValues<FailureReason>().Select(reason => JsonSerializer.Serialize(reason).Trim('"'));

        Assert.Equal(
            [
                "invalid-request", "input-unavailable", "content-rejected", "vendor-auth-failed", "vendor-quota-exhausted",
                "vendor-rate-limited", "vendor-unavailable", "vendor-job-failed", "vendor-job-lost", "deadline-exceeded",
                "submit-outcome-unknown", "asset-download-failed", "internal-error",
            ],
            names);
    }

    [Fact]
    public void A_published_completion_reads_back_with_every_asset_field()
    {
        var json = JsonSerializer.Serialize(ContractSamples.Completed(), SystemTextJsonMessageSerializer.Options);

        var back = JsonSerializer.Deserialize<GenerationCompleted>(json, SystemTextJsonMessageSerializer.Options)!;

        var asset = Assert.Single(back.Assets);
        Assert.Equal(AssetRole.Model, asset.Role);
        Assert.Equal(AssetFormat.Glb, asset.Format);
        Assert.Equal(1234, asset.SizeBytes);
        Assert.Equal("sha256:00", asset.Checksum);
        Assert.Equal(new Uri("https://vendor.example.com/f/model.glb"), asset.VendorUrl);
        Assert.Equal(0.12m, back.Usage!.Cost);
    }

    [Fact]
    public void A_callback_carries_only_its_url_and_no_secret()
    {
        var json = JsonSerializer.SerializeToElement(ContractSamples.Requested(), SystemTextJsonMessageSerializer.Options);

        Assert.Equal(["url"], json.GetProperty("callback").EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public void A_request_published_before_the_callback_secret_was_removed_still_reads_and_drops_the_secret()
    {
        const string OldShape = """
            {"generationId":"0193a7c2-0000-7000-8000-000000000001","tenantId":"t","vendor":"rodin","kind":"text-to-3d",
             "inputs":{"prompt":"a chair"},"options":{},"callback":{"url":"https://client.example.com/hook","secret":"s3cret"}}
            """;

        var back = JsonSerializer.Deserialize<GenerationRequested>(OldShape, SystemTextJsonMessageSerializer.Options)!;

        Assert.Equal(new Uri("https://client.example.com/hook"), back.Callback?.Url);
        Assert.DoesNotContain("s3cret", JsonSerializer.Serialize(back, SystemTextJsonMessageSerializer.Options), StringComparison.Ordinal);
    }
}
