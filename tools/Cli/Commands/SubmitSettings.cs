using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace GenerationGateway.Cli.Commands;

public sealed class SubmitSettings : GatewaySettings
{
    [CommandOption("--vendor <VENDOR>")]
    [Description("rodin, hunyuan3d-pro, dashscope-gen3d, aholo, portrait.")]
    public string? Vendor { get; init; }

    [CommandOption("--kind <KIND>")]
    [Description("text-to-3d, image-to-3d, character-from-photo, scene-reconstruction, portrait-photo-set, ….")]
    public string? Kind { get; init; }

    [CommandOption("--prompt <TEXT>")]
    public string? Prompt { get; init; }

    [CommandOption("--image <URL>")]
    [Description("An input image's URL; repeat for several.")]
    public string[] Images { get; init; } = [];

    [CommandOption("--video <URL>")]
    [Description("An input video's URL; repeat for several.")]
    public string[] Videos { get; init; } = [];

    [CommandOption("--subject <REFERENCE>")]
    [Description("inputs.subjectReference: the person or object portrayed (portrait reuses its trained model).")]
    public string? Subject { get; init; }

    [CommandOption("--option <KEY=VALUE>")]
    [Description("quality, targetFaceCount, outputFormats (comma-separated), texture, topology, style go to options; any other key to vendorOptions (JSON values such as true or 3 are read as JSON). Repeat for several.")]
    public string[] Options { get; init; } = [];

    [CommandOption("--client-reference <TEXT>")]
    public string? ClientReference { get; init; }

    [CommandOption("--idempotency-key <KEY>")]
    [Description("Sent as Idempotency-Key: the same key submits once.")]
    public string? IdempotencyKey { get; init; }

    [CommandOption("--wait")]
    [Description("Follow the generation with a progress bar until it ends; exit code 0 completed, 3 failed, 4 cancelled.")]
    public bool Wait { get; init; }

    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Vendor))
        {
            return ValidationResult.Error("--vendor is required (rodin, hunyuan3d-pro, dashscope-gen3d, aholo, portrait).");
        }

        if (string.IsNullOrWhiteSpace(Kind))
        {
            return ValidationResult.Error("--kind is required (text-to-3d, image-to-3d, …).");
        }

        return Options.FirstOrDefault(option => option.IndexOf('=', StringComparison.Ordinal) < 1) is { } bad
            ? ValidationResult.Error($"--option '{bad}' is not KEY=VALUE.")
            : ValidationResult.Success();
    }
}
