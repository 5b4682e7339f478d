using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>A vendor that exists only in these tests, so its rules are known exactly.</summary>
public sealed class FakeVendorRules : IVendorRequestRules
{
    public const string Key = "intake-test-vendor";

    public const string ForbiddenWord = "forbidden";

    public const string PromptError = "The test vendor refuses prompts with the forbidden word.";

    public string Vendor => Key;

    public string SchemaName => "IntakeTestVendor";

    public Type? VendorOptionsType => null;

    public IReadOnlySet<TaskKind> SupportedKinds { get; } = new HashSet<TaskKind> { TaskKind.TextTo3d, TaskKind.ImageTo3d };

    public void Validate(GenerationRequested request, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        if (request.Inputs.Prompt?.Contains(ForbiddenWord, StringComparison.OrdinalIgnoreCase) == true)
        {
            errors.Add("inputs.prompt", PromptError);
        }
    }
}
