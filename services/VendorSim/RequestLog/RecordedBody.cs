using System.Text;
using System.Text.Json;

namespace GenerationGateway.VendorSim.RequestLog;

/// <summary>What a request carried: a form (fields and file parts), a JSON document, or text.</summary>
internal sealed record RecordedBody(
    IReadOnlyDictionary<string, string[]> Form, IReadOnlyList<RecordedFile> Files, JsonElement? Json, string? Text)
{
    private const int MaxTextChars = 64 * 1024;

    public static RecordedBody Empty { get; } = new(new Dictionary<string, string[]>(), [], null, null);

    /// <summary>Reads the body without consuming it: the form stays cached on the request, other bodies are rewound.</summary>
    public static async Task<RecordedBody> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            return await ReadFormAsync(request, cancellationToken);
        }

        if (request.ContentLength is 0)
        {
            return Empty;
        }

        request.EnableBuffering();
        var buffer = new char[MaxTextChars];
        int read;
        using (var reader = new StreamReader(request.Body, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            read = await reader.ReadBlockAsync(buffer, cancellationToken);
        }

        request.Body.Position = 0;
        if (read == 0)
        {
            return Empty;
        }

        var text = new string(buffer, 0, read);
        try
        {
            using var document = JsonDocument.Parse(text);
            return Empty with { Json = document.RootElement.Clone() };
        }
        catch (JsonException)
        {
            return Empty with { Text = text };
        }
    }

    private static async Task<RecordedBody> ReadFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException ex)
        {
            // A malformed form is the endpoint's to reject; the log keeps why it could not be read.
            return Empty with { Text = $"<unreadable form: {ex.Message}>" };
        }

        var fields = form.ToDictionary(f => f.Key, f => f.Value.Select(v => v ?? string.Empty).ToArray(), StringComparer.Ordinal);
        var files = form.Files.Select(f => new RecordedFile(f.Name, f.FileName, f.ContentType, f.Length)).ToList();
        return new RecordedBody(fields, files, null, null);
    }
}
