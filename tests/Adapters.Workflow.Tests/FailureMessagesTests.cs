using System.Text.Json;
using System.Text.RegularExpressions;
using GenerationGateway.Adapters.Workflow.Vendors;
using MassTransit;

namespace GenerationGateway.Adapters.Workflow.Tests;

public sealed partial class FailureMessagesTests
{
    [GeneratedRegex(@"\b(System|Microsoft|MassTransit|GenerationGateway|Npgsql|Refit|Polly)\.|Exception\b")]
    private static partial Regex DotNetName();

    public static TheoryData<Exception, string> Exceptions() => new()
    {
        { new HttpRequestException("Connection refused (vendor.test:443)"), FailureMessages.Unreachable },
        { new TaskCanceledException("The request was canceled due to the configured HttpClient.Timeout of 60 seconds elapsing."), FailureMessages.TimedOut },
        { new JsonException("The JSON value could not be converted to System.Int32. Path: $.d.blockSize"), FailureMessages.Unreadable },
        { new InvalidOperationException("Sequence contains no elements"), FailureMessages.Unexpected },
        { new KeyNotFoundException("The given key 'GenerationGateway.Contracts.TaskKind' was not present."), FailureMessages.Unexpected },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void An_exception_becomes_a_sentence_without_dotnet_type_names(Exception exception, string expected)
    {
        var message = FailureMessages.Of(exception);

        Assert.Equal(expected, message);
        Assert.DoesNotMatch(DotNetName(), message);
    }

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void A_faults_exception_becomes_the_same_sentence(Exception exception, string expected)
    {
        ArgumentNullException.ThrowIfNull(exception);

        var message = FailureMessages.Of(new Info(exception.GetType().FullName!, exception.Message));

        Assert.Equal(expected, message);
        Assert.DoesNotMatch(DotNetName(), message);
    }

    sealed record Info(string ExceptionType, string Message) : ExceptionInfo
    {
        public ExceptionInfo? InnerException => null;
        public string StackTrace => "";
        public string Source => "";
        public IDictionary<string, object>? Data => null;
    }
}
