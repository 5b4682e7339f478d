namespace GenerationGateway.VendorRules;

/// <summary>The vendor keys: the <c>vendor</c> of a request and its routing key on the bus.</summary>
public static class VendorKeys
{
    public const string Rodin = "rodin";
    public const string Hunyuan3dPro = "hunyuan3d-pro";
    public const string DashScopeGen3d = "dashscope-gen3d";
    public const string Aholo = "aholo";
    public const string Portrait = "portrait";
}
