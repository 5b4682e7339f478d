using System.Text.Json;

namespace GenerationGateway.Adapters.Aholo.VendorApi;

/// <summary><c>d</c> of <c>upload/token</c>.</summary>
sealed record AholoTokenAnswer(string? OusToken, string? GlobalDomain, long? BlockSize);

/// <summary><c>d</c> of <c>block/upload/init</c>.</summary>
sealed record AholoBlockInitAnswer(string? TaskId, string[]? LackBlocks, bool? Deduplicated);

/// <summary><c>d</c> of <c>upload/status</c>.</summary>
sealed record AholoUploadStatusAnswer(int? Status, string? Url, JsonElement? ErrorCode, string? ErrorMsg);

/// <summary>One task of <c>task/list/by-ids</c>; <c>projectId</c> (or <c>id</c>) names its project.</summary>
sealed record AholoTaskAnswer(string? ProjectId, string? Id, int? Status, double? Progress, AholoResultAnswer? Result, JsonElement? ErrorCode, string? ErrorMsg);

/// <summary>A finished task's files.</summary>
sealed record AholoResultAnswer(string? PlyPath, string? SpzPath, string? SogPath);

/// <summary><c>d</c> of <c>project/info</c>: at least name and projectType (seed); status and result when present.</summary>
sealed record AholoProjectInfoAnswer(string? ProjectId, string? Name, int? ProjectType, int? Status, AholoResultAnswer? Result);
