namespace GenerationGateway.VendorSim.Portrait.Tasks;

/// <summary>The simulated style catalogue. The first three ids and names are the seed's (seed 004, steps 4 and 5).</summary>
public static class PortraitStyles
{
    public static IReadOnlyList<PortraitStyle> All { get; } =
    [
        new("20057d0c-8cef-447e-88d0-a8f3490fd0b0", "仙气十足", "女", PortraitPhotoFormat.Png),
        new("9ea64839-47df-4839-9823-cacac81eb933", "花好月圆", "女", PortraitPhotoFormat.Jpeg),
        new("c505072e-66f0-4659-9b12-6da82ce6dc33", "商务精英", "男", PortraitPhotoFormat.Png),
        new("5b7f1d0e-2c4a-4e8b-9f61-3a2d8c7e4b10", "复古港风", "男", PortraitPhotoFormat.Jpeg),
    ];

    public static PortraitStyle? Find(string? id) => All.FirstOrDefault(s => s.Id == id);
}
