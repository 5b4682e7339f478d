using System.ComponentModel.DataAnnotations;
using GenerationGateway.Adapters.Workflow.VendorHttp;

namespace GenerationGateway.Adapters.Hunyuan;

/// <summary>How the adapter reaches Tencent Hunyuan 3D Pro: through SeaArt's multimodal gateway (docs/vendors/hunyuan.md §2).</summary>
public sealed class HunyuanOptions : IVendorApiOptions
{
    public const string SectionName = "Vendors:Hunyuan";

    /// <summary>The gateway's multimodal base, ending in <c>/model/</c>; the simulator's is <c>http://host/seaart/model/</c>.</summary>
    [Required]
    public Uri BaseUrl { get; set; } = new("https://openresty-gateway.api.seaart.ai/model/");

    /// <summary>The SeaArt API key (<c>sa-…</c>), sent as a bearer token.</summary>
    [Required(ErrorMessage = "Vendors:Hunyuan:ApiKey is required: the SeaArt API key.")]
    public string ApiKey { get; set; } = "";

    /// <summary>Time allowed for one call to the gateway.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Interval between status checks; SeaArt's SDK polls every 3 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan StatusInterval { get; set; } = TimeSpan.FromSeconds(3);
}
