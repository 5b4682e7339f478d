using GenerationGateway.VendorSim.Downloads;
using GenerationGateway.VendorSim.Portrait.Faults;
using GenerationGateway.VendorSim.Portrait.Tasks;

namespace GenerationGateway.VendorSim.Portrait.Api;

/// <summary><c>GET /cloud/aigc_product_brief_query</c>: the style catalogue, <c>[{name, style, template, sex}]</c>.</summary>
public static class PortraitStylesEndpoint
{
    public static IResult Handle(HttpContext context, PortraitScriptedFaults faults, PublicBaseUrl baseUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (faults.TakeRequestFault(PortraitFaultEndpoints.Styles) is { } fault)
        {
            return PortraitResults.Injected(fault, context);
        }

        var root = PortraitTaskLinks.RootFor(baseUrl, context.Request);
        return PortraitResults.Ok(PortraitStyles.All
            .Select(s => new { name = s.Name, style = s.Id, template = $"{root}{PortraitRoutes.Templates}/{s.Id}.png", sex = s.Sex })
            .ToList());
    }
}
