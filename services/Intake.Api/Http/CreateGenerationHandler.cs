using GenerationGateway.Identity;
using GenerationGateway.Intake.Api.Publishing;
using GenerationGateway.Intake.Api.Quotas;
using GenerationGateway.Intake.Api.Storage;
using GenerationGateway.VendorRules;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace GenerationGateway.Intake.Api.Http;

/// <summary>
/// <c>POST /v1/generations</c>: validate, check the tenant's request rate, record (taking one of the tenant's in-flight
/// slots), publish, and only then answer 202. The tenant is the API key's (a body <c>tenantId</c> naming another answers
/// 403). A repeat of an idempotency key (per tenant) answers like the first time; a repeat whose first publish failed
/// publishes it now.
/// </summary>
public sealed class CreateGenerationHandler
{
    public const int MaxIdempotencyKeyLength = 200;

    readonly CreateGenerationValidator _validator;
    readonly IIntakeStore _store;
    readonly GenerationPublisher _publisher;
    readonly QuotaGate _quotas;
    readonly TimeProvider _timeProvider;
    readonly IntakeOptions _options;
    readonly ILogger<CreateGenerationHandler> _logger;

    public CreateGenerationHandler(
        CreateGenerationValidator validator,
        IIntakeStore store,
        GenerationPublisher publisher,
        QuotaGate quotas,
        TimeProvider timeProvider,
        IOptions<IntakeOptions> options,
        ILogger<CreateGenerationHandler> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _validator = validator;
        _store = store;
        _publisher = publisher;
        _quotas = quotas;
        _timeProvider = timeProvider;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<IResult> HandleAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsJson(context.Request))
        {
            return IntakeProblems.UnsupportedMediaType();
        }

        if (await BoundedBody.ReadAsync(context.Request, _options.MaxRequestBodyBytes, cancellationToken) is not { } utf8Body)
        {
            return IntakeProblems.PayloadTooLarge(_options.MaxRequestBodyBytes);
        }

        var readErrors = new RequestValidationErrors();
        var idempotencyKey = ReadIdempotencyKey(context.Request, readErrors);
        var body = CreateGenerationRequestReader.Read(utf8Body, readErrors);
        if (body is null || readErrors.HasErrors)
        {
            return Results.ValidationProblem(readErrors.ToDictionary());
        }

        // The tenant is the key's; a body may repeat it, never name another.
        var tenantId = context.User.TenantId();
        if (body.TenantId is { } claimed && !string.Equals(claimed, tenantId, StringComparison.Ordinal))
        {
            return IntakeProblems.OtherTenant();
        }

        var (request, errors) = _validator.Validate(body with { TenantId = tenantId }, idempotencyKey);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }

        var (quota, overRate) = await _quotas.CheckRateAsync(request.TenantId, context.Response, cancellationToken);
        if (overRate is not null)
        {
            return overRate;
        }

        var candidate = new IntakeRecord
        {
            GenerationId = Guid.CreateVersion7(_timeProvider.GetUtcNow()),
            TenantId = request.TenantId,
            Vendor = request.Vendor,
            IdempotencyKey = idempotencyKey,
            RequestHash = CreateGenerationRequestReader.Hash(body),
            CreatedAt = _timeProvider.GetUtcNow(),
        };
        var admission = await _store.AdmitAsync(candidate, QuotaGate.InFlightLimitsOf(quota), cancellationToken);
        if (admission.Record is not { } stored)
        {
            return _quotas.InFlightRefusal(quota, request.Vendor, admission, context.Response);
        }

        var isRepeat = stored.GenerationId != candidate.GenerationId;
        if (isRepeat && stored.RequestHash != candidate.RequestHash)
        {
            return IntakeProblems.IdempotencyKeyReused(idempotencyKey!);
        }

        if (isRepeat && stored.Published)
        {
            _logger.LogInformation("Repeat of idempotency key answered with {GenerationId}", stored.GenerationId);
            return Accepted(context.Response, stored.GenerationId, replayed: true);
        }

        var message = request with { GenerationId = stored.GenerationId, TenantWeight = quota.FairShareWeight };
        if (!await _publisher.TryPublishAsync(message, message.GenerationId, publish => publish.MessageId = message.GenerationId))
        {
            // Not accepted: the slot is free again until a retry with the same key publishes it.
            await _store.ReleaseAsync(message.GenerationId, CancellationToken.None);
            return IntakeProblems.BrokerUnavailable(context.Response, _options.BrokerRetryAfter);
        }

        // The broker has it: record that even if the client has gone away meanwhile.
        await _store.MarkPublishedAsync(message.GenerationId, CancellationToken.None);
        _logger.LogInformation("Accepted {GenerationId} for vendor {Vendor}, tenant {TenantId}", message.GenerationId, message.Vendor, message.TenantId);
        return Accepted(context.Response, message.GenerationId, replayed: isRepeat);
    }

    static string? ReadIdempotencyKey(HttpRequest request, RequestValidationErrors errors)
    {
        if (!request.Headers.TryGetValue(GenerationRoutes.IdempotencyKeyHeader, out var values))
        {
            return null;
        }

        var key = values.Count == 1 ? values[0] : null;
        if (string.IsNullOrWhiteSpace(key) || key.Length > MaxIdempotencyKeyLength || TextRules.HasControlCharacter(key, allowLineBreaks: false))
        {
            errors.Add(GenerationRoutes.IdempotencyKeyHeader, $"Give one non-empty key of at most {MaxIdempotencyKeyLength} characters, without control characters.");
            return null;
        }

        return key;
    }

    /// <summary><c>application/json</c> or a <c>+json</c> type, in UTF-8 (the only charset JSON may be sent in).</summary>
    static bool IsJson(HttpRequest request) =>
        request.HasJsonContentType()
        && (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.Charset.HasValue
            || mediaType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));

    static IResult Accepted(HttpResponse response, Guid generationId, bool replayed)
    {
        if (replayed)
        {
            response.Headers[GenerationRoutes.IdempotentReplayedHeader] = "true";
        }

        return Results.Accepted(GenerationRoutes.Of(generationId), new AcceptedGeneration(generationId));
    }
}
