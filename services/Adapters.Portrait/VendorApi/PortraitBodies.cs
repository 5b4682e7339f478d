namespace GenerationGateway.Adapters.Portrait.VendorApi;

sealed record PortraitTicketBody(string? TaskId, string? UserId);

sealed record PortraitTaskBody(string? Id, int? State, int? TskType, string[]? ResultPaths);

sealed record PortraitStyleBody(string? Name, string? Style, string? Template, string? Sex);
