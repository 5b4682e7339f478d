namespace GenerationGateway.Intake.Api.Storage;

/// <summary>How a generation ended, as intake learnt it from the terminal event on its queue.</summary>
public enum TerminalStatus
{
    Completed,
    Failed,
    Cancelled,
}
