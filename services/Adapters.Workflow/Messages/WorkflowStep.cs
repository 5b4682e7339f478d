namespace GenerationGateway.Adapters.Workflow.Messages;

public enum WorkflowStep
{
    Prepare,
    Submit,
    Check,
    Collect,
    Cancel,
}
