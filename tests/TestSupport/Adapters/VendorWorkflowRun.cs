using GenerationGateway.Adapters.Workflow.Vendors;

namespace GenerationGateway.TestSupport.Adapters;

/// <summary>What each step of a whole run through a workflow plug-in answered (<c>VendorWorkflowTest.RunAsync</c>).</summary>
public sealed record VendorWorkflowRun(PrepareOutcome Prepared, SubmitOutcome Submitted, IReadOnlyList<StatusOutcome> Checks, CollectOutcome Collected);
