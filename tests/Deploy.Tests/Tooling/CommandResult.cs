namespace GenerationGateway.Deploy.Tests.Tooling;

/// <summary>What an external command printed and how it ended.</summary>
public sealed record CommandResult(string Command, int ExitCode, string Output, string Error)
{
    /// <summary>The standard output, after asserting the command succeeded (the failure message carries its errors).</summary>
    public string Succeeded()
    {
        Assert.True(ExitCode == 0, $"`{Command}` exited with {ExitCode}:\n{Error}\n{Output}");
        return Output;
    }
}
