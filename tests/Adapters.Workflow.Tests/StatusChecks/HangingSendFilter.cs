using MassTransit;

namespace GenerationGateway.Adapters.Workflow.Tests.StatusChecks;

/// <summary>
/// A send that, while <see cref="Hang"/> is set, never completes and ignores its cancellation token, as a RabbitMQ send on a
/// connection to a frozen node can (rabbitmq/rabbitmq-dotnet-client#1930).
/// </summary>
public sealed class HangingSendFilter : IFilter<SendContext>
{
    readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Hang { get; set; } = true;

    /// <summary>Completes once a send reached the filter while it hangs.</summary>
    public Task Reached => _reached.Task;

    public async Task Send(SendContext context, IPipe<SendContext> next)
    {
        if (Hang)
        {
            _reached.TrySetResult();
            await new TaskCompletionSource().Task;
        }

        await next.Send(context);
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("hangingSend");
}
