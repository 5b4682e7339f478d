namespace GenerationGateway.VendorSim.Rodin;

/// <summary>Where the Rodin simulator lives. The vendor's <c>https://api.hyper3d.com/api/v2</c> maps to <see cref="ApiBase"/>.</summary>
public static class RodinRoutes
{
    public const string Prefix = "/rodin";
    public const string ApiBase = Prefix + "/api/v2";
    public const string Generate = "/rodin";
    public const string Status = "/status";
    public const string Download = "/download";
    public const string CheckBalance = "/check_balance";
    public const string Files = Prefix + "/files";
    public const string Control = "/_sim/rodin";
}
