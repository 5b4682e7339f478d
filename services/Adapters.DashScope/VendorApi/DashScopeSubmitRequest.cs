namespace GenerationGateway.Adapters.DashScope.VendorApi;

/// <summary><c>{"model":"motionshop-gen3d","input":{"image_url":"…"}}</c></summary>
sealed record DashScopeSubmitRequest(string Model, DashScopeSubmitInput Input);

sealed record DashScopeSubmitInput(string ImageUrl);
