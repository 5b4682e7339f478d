using System.Diagnostics;
using MassTransit;
using Microsoft.Extensions.Logging;

namespace GenerationGateway.ServiceDefaults;

/// <summary>
/// Puts the generation a consumed message is about into a logging scope (<c>GenerationId</c>) and onto the consume span
/// (<see cref="GatewayTelemetry.GenerationIdTag"/>), so every log line a consumer or saga writes joins the generation's
/// other logs and its trace (the trace and span ids come from the logging's activity tracking, see <see cref="ServiceDefaultsHostingExtensions.AddServiceDefaults"/>).
/// </summary>
internal sealed class GenerationLogScopeFilter<TMessage>(ILogger<GenerationLogScopeFilter<TMessage>> logger) : IFilter<ConsumeContext<TMessage>>
    where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        if (GenerationIds<TMessage>.Of(context.Message) is not { } generationId)
        {
            await next.Send(context);
            return;
        }

        Activity.Current?.SetTag(GatewayTelemetry.GenerationIdTag, generationId.ToString());
        using (logger.BeginScope("GenerationId:{GenerationId}", generationId))
        {
            await next.Send(context);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("generationLogScope");
}
