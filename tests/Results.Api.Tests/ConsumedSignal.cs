using MassTransit;

namespace GenerationGateway.Results.Api.Tests;

/// <summary>Completes when a consumer on the bus has finished (successfully) with a matching message.</summary>
public sealed class ConsumedSignal<T>(Func<T, bool> match) : IConsumeMessageObserver<T>
    where T : class
{
    readonly TaskCompletionSource _consumed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Consumed => _consumed.Task.WaitAsync(TimeSpan.FromSeconds(30));

    public Task PreConsume(ConsumeContext<T> context) => Task.CompletedTask;

    public Task PostConsume(ConsumeContext<T> context)
    {
        if (match(context.Message))
        {
            _consumed.TrySetResult();
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault(ConsumeContext<T> context, Exception exception) => Task.CompletedTask;
}
