using System.Text.Json.Serialization;

namespace GenerationGateway.Webhooks.Delivery;

[JsonConverter(typeof(JsonStringEnumConverter<DeliveryStatus>))]
public enum DeliveryStatus
{
    /// <summary>Not yet delivered; due at its next attempt time.</summary>
    [JsonStringEnumMemberName("pending")]
    Pending,

    /// <summary>The target answered 2xx.</summary>
    [JsonStringEnumMemberName("delivered")]
    Delivered,

    /// <summary>Every attempt within the retry period failed (or the target refused it for good).</summary>
    [JsonStringEnumMemberName("failed")]
    Failed,

    /// <summary>The endpoint answered 410 Gone (or was deleted): it is disabled and nothing more is sent.</summary>
    [JsonStringEnumMemberName("endpoint-disabled")]
    EndpointDisabled,
}
