using System.Diagnostics.CodeAnalysis;
using GenerationGateway.Contracts;
using GenerationGateway.VendorRules;
using GenerationGateway.VendorRules.Aholo;
using Microsoft.Extensions.Options;

namespace GenerationGateway.Adapters.Aholo;

/// <summary>
/// Turns a request into Aholo's create parameters: the kind picks the call and the scene, normalized options map
/// (quality low/medium/high/ultra → LOW/NORMAL/HIGH/ULTRA, sog → uploadSog), vendor options fill in, defaults last
/// (NORMAL, private, no SOG, no panorama, the generation id as project name).
/// </summary>
public static class AholoTaskParametersResolver
{
    // The seed's floor (one image); intake has already applied its own configured minimum.
    static readonly AholoRequestRules Rules = new(Options.Create(new AholoRequestRulesOptions()));

    /// <summary>Checks the request against <see cref="AholoRequestRules"/> and resolves it; false (with errors) when it breaks a rule.</summary>
    public static bool TryResolve(GenerationRequested request, RequestValidationErrors errors, [NotNullWhen(true)] out AholoTaskParameters? parameters) =>
        Rules.TryResolve(request, errors, Resolve, out parameters);

    static AholoTaskParameters Resolve(GenerationRequested request, RequestValidationErrors errors)
    {
        var options = AholoVendorOptions.Read(request.VendorOptions, errors);
        var flow = AholoFlows.Of(request.Kind);
        var common = new AholoTaskParameters
        {
            Flow = flow,
            ProjectName = options.ProjectName ?? request.GenerationId.ToString(),
            Inputs = Inputs(request.Inputs),
        };
        return flow == AholoFlow.Reconstruction
            ? common with
            {
                Scene = AholoFlows.SceneOf(request.Kind),
                TaskQuality = options.Quality ?? AholoValues.TaskQuality(request.Options.Quality) ?? AholoValues.QualityNormal,
                AccessLevel = options.AccessLevel ?? AholoValues.AccessPrivate,
                UploadSog = options.UploadSog ?? request.Options.OutputFormats.Contains(AssetFormat.Sog),
                Panorama = options.Panorama ?? false,
            }
            : common with { Prompt = string.IsNullOrWhiteSpace(request.Inputs.Prompt) ? null : request.Inputs.Prompt };
    }

    static List<AholoInput> Inputs(GenerationInputs inputs)
    {
        var list = new List<AholoInput>(inputs.Images.Count + inputs.Videos.Count);
        for (var i = 0; i < inputs.Images.Count; i++)
        {
            list.Add(new AholoInput($"inputs.images[{i}]", new Uri(inputs.Images[i].Url!, UriKind.Absolute), AholoInputKind.Image));
        }

        for (var i = 0; i < inputs.Videos.Count; i++)
        {
            var url = new Uri(inputs.Videos[i].Url!, UriKind.Absolute);
            var kind = string.Equals(Path.GetExtension(url.AbsolutePath), ".insv", StringComparison.OrdinalIgnoreCase)
                ? AholoInputKind.Insv
                : AholoInputKind.Video;
            list.Add(new AholoInput($"inputs.videos[{i}]", url, kind));
        }

        return list;
    }
}
