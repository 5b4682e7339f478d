using System.Text.Json;

namespace GenerationGateway.VendorSim.Aholo.Projects;

/// <summary>
/// Validates create bodies (docs/vendors/aholo.md §5–6, §11 note 5). Reconstruction: scene, taskQuality and resources
/// required, at least one image or video as seed 000's own example sends (newer vendor docs recommend 20 images or a
/// video; the simulator does not enforce that). Generation: a prompt and/or one image. The first error is answered,
/// naming the field.
/// </summary>
public static class AholoCreateParser
{
    private static readonly string[] Scenes = ["model", "space"];
    private static readonly string[] Qualities = ["LOW", "NORMAL", "HIGH", "ULTRA"];

    /// <param name="body">The request body.</param>
    /// <param name="urlProblem">Null when a resource URL is acceptable; else why not.</param>
    public static (AholoCreateRequest? Request, string? Error) Reconstruction(JsonElement body, Func<string, string?> urlProblem)
    {
        var fields = new AholoBodyFields(body);
        if (!fields.IsObject)
        {
            return (null, "The body must be a JSON object.");
        }

        var scene = fields.Text("scene", required: true);
        var quality = fields.Text("taskQuality", required: true);
        var access = fields.WholeNumber("accessLevel");
        var request = new AholoCreateRequest
        {
            ProjectName = fields.Text("projectName"),
            Cover = fields.Text("cover"),
            Scene = scene,
            TaskQuality = quality,
            AccessLevel = access,
            UploadSog = fields.Flag("uploadSog") ?? false,
            Panorama = fields.Flag("panorama") ?? false,
            Resources = Resources(fields, required: true, urlProblem),
        };
        if (fields.Error is { } error)
        {
            return (null, error);
        }

        var problem = scene is not null && !Scenes.Contains(scene, StringComparer.Ordinal) ? "scene must be model or space."
            : quality is not null && !Qualities.Contains(quality, StringComparer.Ordinal) ? "taskQuality must be LOW, NORMAL, HIGH or ULTRA."
            : access is not (null or 0 or 1) ? "accessLevel must be 0 (public) or 1 (private)."
            : request.Resources.Count == 0 ? "resources must not be empty."
            : request.ProjectName is { } name && string.IsNullOrWhiteSpace(name) ? "projectName must not be blank."
            : null;
        return problem is null ? (request, null) : (null, problem);
    }

    public static (AholoCreateRequest? Request, string? Error) Generation(JsonElement body, Func<string, string?> urlProblem)
    {
        var fields = new AholoBodyFields(body);
        if (!fields.IsObject)
        {
            return (null, "The body must be a JSON object.");
        }

        var request = new AholoCreateRequest
        {
            ProjectName = fields.Text("projectName"),
            Cover = fields.Text("cover"),
            Prompt = fields.Text("prompt"),
            Resources = Resources(fields, required: false, urlProblem),
        };
        if (fields.Error is { } error)
        {
            return (null, error);
        }

        var problem = request.Resources.Count > 1 ? "resources: generation takes at most 1 image."
            : request.Resources.Any(r => r.Type != AholoResource.Image) ? "resources: generation takes images only (type 0)."
            : string.IsNullOrWhiteSpace(request.Prompt) && request.Resources.Count == 0 ? "Give a prompt or one image resource."
            : null;
        return problem is null ? (request, null) : (null, problem);
    }

    private static List<AholoResource> Resources(AholoBodyFields fields, bool required, Func<string, string?> urlProblem)
    {
        var resources = new List<AholoResource>();
        if (fields.List("resources", required) is not { } array)
        {
            return resources;
        }

        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var prefix = $"resources[{index++}].";
            var item = new AholoBodyFields(element);
            if (!item.IsObject)
            {
                fields.Fail($"{prefix[..^1]} must be an object.");
                continue;
            }

            var type = item.WholeNumber("type", required: true, prefix);
            var url = item.Text("url", required: true, prefix);
            var meta = new AholoBodyFields(item.Nested("meta", prefix) ?? default);
            var resource = new AholoResource(item.Text("name", prefix: prefix), type ?? -1, url ?? string.Empty,
                meta.WholeNumber("width", prefix: prefix + "meta."), meta.WholeNumber("height", prefix: prefix + "meta."), meta.Amount("duration", prefix + "meta."));
            if ((item.Error ?? meta.Error ?? Problem(resource, prefix, urlProblem)) is { } problem)
            {
                fields.Fail(problem);
            }
            else
            {
                resources.Add(resource);
            }
        }

        return resources;
    }

    private static string? Problem(AholoResource resource, string prefix, Func<string, string?> urlProblem)
    {
        if (resource.Type is not (AholoResource.Image or AholoResource.Video or AholoResource.Insv))
        {
            return $"{prefix}type must be 0 (image), 1 (video) or 2 (insv).";
        }

        if (resource.Width is <= 0 || resource.Height is <= 0 || resource.Duration is <= 0)
        {
            return $"{prefix}meta width, height and duration must be positive when given.";
        }

        return urlProblem(resource.Url) is { } problem ? $"{prefix}url {problem}" : null;
    }
}
