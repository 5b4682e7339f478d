using GenerationGateway.Adapters.Workflow.Vendors;
using GenerationGateway.ServiceDefaults;
using Microsoft.AspNetCore.Builder;

namespace GenerationGateway.Adapters.Workflow;

/// <summary>The composition root every adapter process shares: service defaults, the vendor's module, its endpoints.</summary>
public static class VendorAdapterHost
{
    public static void Run(IVendorModule vendor, string[] args)
    {
        ArgumentNullException.ThrowIfNull(vendor);
        var builder = WebApplication.CreateBuilder(args);

        builder.AddServiceDefaults();
        vendor.AddOwnProcess(builder);
        builder.AddVendorAdapter(vendor);

        var app = builder.Build();

        app.MapServiceDefaults();
        app.MapVendorAdapter(vendor);

        app.Run();
    }
}
