namespace GenerationGateway.VendorSim.Rodin.Tasks;

public enum RodinOutputKind
{
    GlbPbr,
    GlbShaded,
    GlbUntextured,
    Stl,
    Obj,
    PreviewWebP,
}
