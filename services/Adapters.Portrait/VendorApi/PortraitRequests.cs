namespace GenerationGateway.Adapters.Portrait.VendorApi;

sealed record PortraitUserModelRequest(IReadOnlyList<string> ImgSet, Uri? CallbackUrl);

sealed record PortraitTaskCreateRequest(string UserId, string Style, Uri? CallbackUrl);

sealed record PortraitTaskQueryRequest(string TaskId);
