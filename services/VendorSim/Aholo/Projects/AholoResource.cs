namespace GenerationGateway.VendorSim.Aholo.Projects;

/// <summary>One resource of a create call: <c>{name, type, url, meta{width, height, duration}}</c>; type 0 image, 1 video, 2 insv.</summary>
public sealed record AholoResource(string? Name, int Type, string Url, int? Width, int? Height, double? Duration)
{
    public const int Image = 0;
    public const int Video = 1;
    public const int Insv = 2;
}
