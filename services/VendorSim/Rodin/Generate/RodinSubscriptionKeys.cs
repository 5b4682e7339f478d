using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using GenerationGateway.VendorSim.Downloads;

namespace GenerationGateway.VendorSim.Rodin.Generate;

/// <summary>Makes the <c>subscription_key</c> of a task: a JWT (HS256) whose subject is the task uuid.</summary>
public sealed class RodinSubscriptionKeys(SimulatorSigner signer)
{
    private static readonly string Header = Encode(new { alg = "HS256", typ = "JWT" });

    public string Create(string taskUuid, IReadOnlyList<string> jobUuids, DateTimeOffset issuedAt)
    {
        var payload = Encode(new { sub = taskUuid, jobs = jobUuids, iat = issuedAt.ToUnixTimeSeconds() });
        var unsigned = $"{Header}.{payload}";
        return $"{unsigned}.{signer.Sign(unsigned)}";
    }

    private static string Encode(object value) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value)));
}
