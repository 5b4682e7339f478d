using GenerationGateway.Contracts;
using GenerationGateway.Identity;
using GenerationGateway.Intake.Api.Publishing;
using GenerationGateway.Intake.Api.Storage;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Intake.Api.Http;

/// <summary><c>DELETE /v1/generations/{id}</c>: asks the generation's vendor adapter to stop it (the caller's tenant's generations only); one that already ended answers 409.</summary>
public sealed class CancelGenerationHandler
{
    public const int MaxReasonLength = 500;

    readonly IIntakeStore _store;
    readonly GenerationPublisher _publisher;
    readonly IntakeOptions _options;
    readonly ILogger<CancelGenerationHandler> _logger;

    public CancelGenerationHandler(IIntakeStore store, GenerationPublisher publisher, IOptions<IntakeOptions> options, ILogger<CancelGenerationHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _publisher = publisher;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<IResult> HandleAsync(Guid id, string? reason, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (reason is { Length: > MaxReasonLength })
        {
            return Results.ValidationProblem(new Dictionary<string, string[]>
            {
                ["reason"] = [$"Must be at most {MaxReasonLength} characters."],
            });
        }

        // A generation never confirmed by the broker was never accepted: nothing downstream knows it. Another
        // tenant's generation answers exactly like an unknown one.
        if (await _store.FindAsync(id, cancellationToken) is not { Published: true } record || record.TenantId != context.User.TenantId())
        {
            return IntakeProblems.UnknownGeneration(id);
        }

        if (record.EndStatus is { } ended)
        {
            return IntakeProblems.AlreadyEnded(id, ended);
        }

        var message = new CancelGeneration { GenerationId = id, Vendor = record.Vendor, Reason = reason };
        if (!await _publisher.TryPublishAsync(message, id))
        {
            return IntakeProblems.BrokerUnavailable(context.Response, _options.BrokerRetryAfter);
        }

        _logger.LogInformation("Cancellation of {GenerationId} requested from vendor {Vendor}", id, record.Vendor);
        return Results.Accepted(GenerationRoutes.Of(id), new AcceptedGeneration(id));
    }
}
