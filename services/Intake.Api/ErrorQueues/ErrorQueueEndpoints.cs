using GenerationGateway.Identity;

namespace GenerationGateway.Intake.Api.ErrorQueues;

/// <summary>
/// <c>/v1/admin/error-queues</c> (scope <c>admin</c>): list the fault queues of the vendor workflow queues with their
/// depth, peek at a queue's messages (left in place), redrive them to their queue, purge them. Only the names listed
/// are accepted (any other answers 404); the embedded default has no broker and answers 404 for all of them.
/// </summary>
public static class ErrorQueueEndpoints
{
    public const string Route = "/v1/admin/error-queues";

    const int DefaultPeek = 10;

    public static IEndpointRouteBuilder Map(IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var queues = app.MapGroup(Route).RequireAuthorization(GatewayScopes.Admin).WithTags("Admin")
            .ProducesProblem(StatusCodes.Status404NotFound);
        queues.MapGet("/", ListAsync).Produces<IReadOnlyList<ErrorQueueDepth>>();
        queues.MapGet("/{queue}/messages", PeekAsync).Produces<IReadOnlyList<ErrorQueueMessage>>().ProducesValidationProblem();
        queues.MapPost("/{queue}/redrive", RedriveAsync).Produces<ErrorQueueMoved>();
        queues.MapDelete("/{queue}/messages", PurgeAsync).Produces<ErrorQueueMoved>();
        return app;
    }

    static async Task<IResult> ListAsync(ErrorQueueBroker broker, CancellationToken cancellationToken) =>
        broker.HasBroker ? Results.Ok(await broker.ListAsync(cancellationToken)) : NoBroker();

    static async Task<IResult> PeekAsync(string queue, int? limit, ErrorQueueBroker broker, CancellationToken cancellationToken)
    {
        if (Unknown(queue, broker) is { } problem)
        {
            return problem;
        }

        var count = limit ?? DefaultPeek;
        if (count is < 1 or > ErrorQueueBroker.MaxPeek)
        {
            return Results.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = [$"Must be between 1 and {ErrorQueueBroker.MaxPeek}."] });
        }

        return Results.Ok(await broker.PeekAsync(queue, count, cancellationToken));
    }

    static async Task<IResult> RedriveAsync(string queue, ErrorQueueBroker broker, CancellationToken cancellationToken)
    {
        if (Unknown(queue, broker) is { } problem)
        {
            return problem;
        }

        var source = broker.SourceOf(queue)!;
        var moved = await broker.RedriveAsync(queue, source, cancellationToken);
        return Results.Ok(new ErrorQueueMoved { Queue = queue, Messages = moved, Destination = source });
    }

    static async Task<IResult> PurgeAsync(string queue, ErrorQueueBroker broker, CancellationToken cancellationToken)
    {
        if (Unknown(queue, broker) is { } problem)
        {
            return problem;
        }

        return Results.Ok(new ErrorQueueMoved { Queue = queue, Messages = await broker.PurgeAsync(queue, cancellationToken) });
    }

    static IResult? Unknown(string queue, ErrorQueueBroker broker)
    {
        if (!broker.HasBroker)
        {
            return NoBroker();
        }

        return broker.SourceOf(queue) is null
            ? Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No such error queue.",
                detail: $"Only the fault queues listed by GET {Route} may be named: a vendor workflow queue's _error or _skipped queue.",
                extensions: new Dictionary<string, object?> { ["field"] = "queue" })
            : null;
    }

    static IResult NoBroker() => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No broker in the embedded default.",
        detail: "Messaging:Transport is InMemory: nothing is kept in error queues. Run on RabbitMQ to inspect, redrive or purge them.");
}
