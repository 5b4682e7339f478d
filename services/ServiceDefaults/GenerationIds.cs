using MassTransit;

namespace GenerationGateway.ServiceDefaults;

/// <summary>
/// Reads the generation a message is about: its <c>GenerationId</c> property, or that of the command a
/// <see cref="Fault{T}"/> reports. Messages without one (scheduler commands, for instance) have none.
/// </summary>
internal static class GenerationIds<TMessage>
    where TMessage : class
{
    const string PropertyName = "GenerationId";

    static readonly Func<TMessage, Guid?>? Reader = Create();

    public static Guid? Of(TMessage message) => Reader?.Invoke(message);

    static Func<TMessage, Guid?>? Create()
    {
        if (typeof(TMessage).GetProperty(PropertyName, typeof(Guid)) is { } property)
        {
            return message => (Guid?)property.GetValue(message);
        }

        var fault = new[] { typeof(TMessage) }.Concat(typeof(TMessage).GetInterfaces())
            .FirstOrDefault(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Fault<>));
        if (fault?.GetProperty(nameof(Fault<object>.Message)) is { } faulted
            && faulted.PropertyType.GetProperty(PropertyName, typeof(Guid)) is { } inner)
        {
            return message => faulted.GetValue(message) is { } command ? (Guid?)inner.GetValue(command) : null;
        }

        return null;
    }
}
