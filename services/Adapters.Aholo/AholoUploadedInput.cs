namespace GenerationGateway.Adapters.Aholo;

/// <summary>An input the upload host holds: the resource a create call names, with its meta.</summary>
public sealed record AholoUploadedInput(AholoInputKind Kind, string Name, Uri Url, int? Width, int? Height, double? Duration);
