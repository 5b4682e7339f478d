using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api.Quotas;

/// <summary>Source-generated: validates <see cref="QuotaOptions"/> and, through <c>[ValidateObjectMembers]</c>, its defaults.</summary>
[OptionsValidator]
public sealed partial class QuotaOptionsValidator : IValidateOptions<QuotaOptions>;
