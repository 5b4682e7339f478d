using System.Text.Json;
using Microsoft.Playwright;

namespace GenerationGateway.WebConsole.Tests;

/// <summary>
/// What a screenshot of an element holds, measured in the browser (it decodes PNGs): the share of pixels that differ
/// from the most common colour (the background) and how many colours there are, quantized to 4 bits per channel.
/// A blank or single-colour canvas has no foreground and one colour.
/// </summary>
public sealed record CanvasPixels(double Foreground, int Colours)
{
    const string Measure = """
        async base64 => {
          const image = new Image();
          image.src = 'data:image/png;base64,' + base64;
          await image.decode();
          const canvas = Object.assign(document.createElement('canvas'), { width: image.width, height: image.height });
          const context = canvas.getContext('2d');
          context.drawImage(image, 0, 0);
          const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
          const counts = new Map();
          for (let i = 0; i < data.length; i += 4) {
            const key = ((data[i] >> 4) << 8) | ((data[i + 1] >> 4) << 4) | (data[i + 2] >> 4);
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
          const background = Math.max(...counts.values());
          return { foreground: 1 - background / (data.length / 4), colours: counts.size };
        }
        """;

    public static async Task<CanvasPixels> OfAsync(IPage page, byte[] png)
    {
        ArgumentNullException.ThrowIfNull(page);
        var measured = await page.EvaluateAsync<JsonElement>(Measure, Convert.ToBase64String(png));
        return new CanvasPixels(measured.GetProperty("foreground").GetDouble(), measured.GetProperty("colours").GetInt32());
    }
}
