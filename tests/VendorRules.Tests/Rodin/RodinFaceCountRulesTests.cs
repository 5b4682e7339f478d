using GenerationGateway.Contracts;
using GenerationGateway.TestSupport.Rules;
using GenerationGateway.VendorRules.Rodin;

namespace GenerationGateway.VendorRules.Tests.Rodin;

/// <summary><c>quality_override</c> ranges per tier family and mesh mode (docs/vendors/rodin.md §2 table).</summary>
public sealed class RodinFaceCountRulesTests
{
    static readonly RuleAssert RuleAssert = new(new RodinRequestRules());

    [Theory]
    [InlineData("Regular", null, 2_000, true)]
    [InlineData("Regular", null, 1_999, false)]
    [InlineData("Sketch", null, 200_000, true)]
    [InlineData("Smooth", "Raw", 200_001, false)]
    [InlineData("Gen-2", "Raw", 500, true)]
    [InlineData("Gen-2", "Raw", 499, false)]
    [InlineData("Gen-2", "Raw", 1_000_000, true)]
    [InlineData("Gen-2", "Raw", 1_000_001, false)]
    [InlineData("Gen-2", "Quad", 1_000, true)]
    [InlineData("Gen-2", "Quad", 999, false)]
    [InlineData("Gen-2", "Quad", 200_001, false)]
    [InlineData("Gen-2", null, 500_000, false)]
    [InlineData("Gen-2.5-Low", null, 500, true)]
    [InlineData("Gen-2.5-Medium", null, 1_000_000, true)]
    [InlineData("Gen-2.5-Medium", null, 1_000_001, false)]
    [InlineData("Gen-2.5-High", null, 19_999, false)]
    [InlineData("Gen-2.5-High", null, 20_000, true)]
    [InlineData("Gen-2.5-Extreme-High", null, 2_000_000, true)]
    [InlineData("Gen-2.5-Extreme-High", null, 2_000_001, false)]
    [InlineData("Gen-2.5-Extreme-High", "Quad", 200_001, false)]
    public void Quality_override_stays_in_the_range_of_the_tier_and_mesh_mode(string tier, string? meshMode, int faces, bool allowed)
    {
        var mesh = meshMode is null ? "" : $$""","meshMode":"{{meshMode}}" """;
        var request = RodinRequests.Image($$"""{"tier":"{{tier}}","qualityOverride":{{faces}}{{mesh}}}""");
        if (allowed)
        {
            RuleAssert.Valid(request);
        }
        else
        {
            RuleAssert.Invalid(request, "vendorOptions.qualityOverride");
        }
    }

    [Fact]
    public void Target_face_count_is_checked_against_the_same_range()
    {
        RuleAssert.Valid(RodinRequests.Image("""{"tier":"Gen-2"}""", new GenerationOptions { TargetFaceCount = 150_000 }));
        RuleAssert.Invalid(RodinRequests.Image("""{"tier":"Gen-2"}""", new GenerationOptions { TargetFaceCount = 300_000 }), "options.targetFaceCount");
        RuleAssert.Invalid(RodinRequests.Image(options: new GenerationOptions { TargetFaceCount = 1_000 }), "options.targetFaceCount");
    }

    [Fact]
    public void Triangle_topology_selects_the_raw_range() =>
        RuleAssert.Valid(RodinRequests.Image("""{"tier":"Gen-2"}""", new GenerationOptions { TargetFaceCount = 300_000, Topology = Topology.Triangle }));

    [Fact]
    public void Quality_override_overrides_the_target_face_count() =>
        RuleAssert.Valid(RodinRequests.Image("""{"tier":"Gen-2","qualityOverride":150000}""", new GenerationOptions { TargetFaceCount = 300_000 }));
}
