using GenerationGateway.Contracts;

namespace GenerationGateway.VendorRules.Hunyuan;

/// <summary>
/// The request's images split the way Hunyuan takes them: the main image (labelled <c>front</c>, or else the first
/// unlabelled one) goes to <c>image_url</c>; every other image needs a view label and goes to <c>multi_view_images</c>.
/// Labels are matched case-insensitively with <c>-</c> or <c>_</c> (<c>left-front</c> is <c>left_front</c>).
/// </summary>
public sealed record HunyuanInputImages(HunyuanImageSlot? Main, IReadOnlyList<HunyuanImageSlot> Views)
{
    public IEnumerable<HunyuanImageSlot> All => Main is null ? Views : [Main, .. Views];

    /// <summary>Splits the images, adding an error per image that cannot be placed. Images by file reference are left out (and reported).</summary>
    public static HunyuanInputImages Of(IReadOnlyList<InputImage> images, RequestValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(errors);

        HunyuanImageSlot? main = null;
        var views = new List<HunyuanImageSlot>();
        for (var index = 0; index < images.Count; index++)
        {
            var image = images[index];
            if (image.FileReference is not null)
            {
                errors.Add($"inputs.images[{index}].fileReference", "The Hunyuan adapter takes images by URL (or one as vendorOptions.imageBase64), not by file reference.");
                continue;
            }

            if (string.IsNullOrWhiteSpace(image.Url))
            {
                continue;
            }

            var view = Normalize(image.View);
            if (view is null or HunyuanValues.FrontView)
            {
                if (main is null)
                {
                    main = new HunyuanImageSlot(index, image.Url, null);
                }
                else
                {
                    errors.Add($"inputs.images[{index}].view", $"inputs.images[{main.Index}] is already the main (front) image: label this one with its view ({string.Join(", ", HunyuanValues.ViewTypes)}).");
                }
            }
            else if (!HunyuanValues.ViewTypes.Contains(view, StringComparer.Ordinal))
            {
                errors.Add($"inputs.images[{index}].view", $"'{image.View}' is not a view Hunyuan takes: front, {string.Join(", ", HunyuanValues.ViewTypes)}.");
            }
            else if (views.Find(x => x.ViewType == view) is { } taken)
            {
                errors.Add($"inputs.images[{index}].view", $"One image per view: '{view}' is already inputs.images[{taken.Index}].");
            }
            else
            {
                views.Add(new HunyuanImageSlot(index, image.Url, view));
            }
        }

        return new HunyuanInputImages(main, views);
    }

#pragma warning disable CA1308 // view labels are lower-case on the wire
    static string? Normalize(string? view) =>
        string.IsNullOrWhiteSpace(view) ? null : view.Trim().ToLowerInvariant().Replace('-', '_').Replace(' ', '_');
#pragma warning restore CA1308
}
