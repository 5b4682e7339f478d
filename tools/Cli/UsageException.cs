namespace GenerationGateway.Cli;

/// <summary>The command line cannot be carried out as given (exit code <see cref="ExitCodes.Usage"/>).</summary>
public sealed class UsageException : Exception
{
    public UsageException()
    {
    }

    public UsageException(string message)
        : base(message)
    {
    }

    public UsageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
