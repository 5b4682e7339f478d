using GenerationGateway.VendorRules.Portrait;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>
/// The AI portrait API: services/Adapters.Portrait against the simulator's <c>/portrait/</c>, with callbacks on (the
/// simulator calls the adapter's own address back) and trained models kept in the adapter's PostgreSQL database.
/// </summary>
public sealed class PortraitDeployment : VendorDeployment
{
    /// <summary>The paid training of a subject's model (the workflow's preparation, not its submit).</summary>
    public const string TrainingPath = "/portrait/cloud/aigc_user_model_create";

    /// <summary>Two of the simulator's styles (its catalogue's first two ids).</summary>
    public const string FirstStyle = "20057d0c-8cef-447e-88d0-a8f3490fd0b0";

    public const string SecondStyle = "9ea64839-47df-4839-9823-cacac81eb933";

    const string AppCode = "e2e-portrait-appcode";

    public override string Vendor => PortraitRequestRules.Key;

    public override string Project => "Adapters.Portrait";

    public override string SimulatorVendor => "portrait";

    public override IReadOnlyList<string> PaidSubmitPaths { get; } = ["/portrait/cloud/aigc_task_create"];

    public override IReadOnlyDictionary<string, string> SimulatorEnvironment() => new Dictionary<string, string>
    {
        ["VendorSim__Portrait__AppCode"] = AppCode,
        ["VendorSim__Portrait__TrainingWaitingDuration"] = "00:00:00.500",
        ["VendorSim__Portrait__TrainingRunningDuration"] = "00:00:01.500",
        ["VendorSim__Portrait__GenerationWaitingDuration"] = "00:00:00.500",
        ["VendorSim__Portrait__GenerationRunningDuration"] = "00:00:01",
    };

    // Polling is slow on purpose: the callbacks are what advances the jobs quickly.
    public override IReadOnlyDictionary<string, string> AdapterEnvironment(Uri simulator, Uri adapter) => new Dictionary<string, string>
    {
        ["Vendors__Portrait__BaseUrl"] = new Uri(simulator, "portrait/").ToString(),
        ["Vendors__Portrait__AppCode"] = AppCode,
        ["Vendors__Portrait__PublicCallbackBaseUrl"] = adapter.ToString(),
        ["Vendors__Portrait__CallbackSecret"] = "e2e-portrait-callback-secret",
        ["Vendors__Portrait__Persistence"] = "Postgres",
        ["Vendors__Portrait__TrainingPollInterval"] = "00:00:05",
        ["Vendors__Portrait__GenerationPollInterval"] = "00:00:05",
    };

    /// <summary>A photo of the subject: one of the simulator's style templates (a PNG), as a request's input URL.</summary>
    public static string SamplePhoto(Uri simulator) => new Uri(simulator, $"portrait/templates/{FirstStyle}.png").ToString();
}
