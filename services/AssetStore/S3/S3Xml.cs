using System.Xml;
using System.Xml.Linq;

namespace GenerationGateway.AssetStore.S3;

/// <summary>The few XML documents of the S3 API the client reads and writes.</summary>
internal static class S3Xml
{
    static readonly XNamespace Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

    /// <summary>The <c>Code</c> and <c>Message</c> of an <c>&lt;Error&gt;</c> document; nulls when the body is something else.</summary>
    public static (string? Code, string? Message) Error(string body)
    {
        var root = TryParse(body);
        return root?.Name.LocalName == "Error" ? (Child(root, "Code"), Child(root, "Message")) : (null, null);
    }

    /// <summary>The <c>UploadId</c> of an <c>InitiateMultipartUploadResult</c>.</summary>
    public static string? UploadId(string body) => TryParse(body) is { } root ? Child(root, "UploadId") : null;

    public static string CompleteMultipartUpload(IEnumerable<S3UploadedPart> parts) =>
        new XElement(
            Namespace + "CompleteMultipartUpload",
            parts.Select(part => new XElement(
                Namespace + "Part",
                new XElement(Namespace + "PartNumber", part.PartNumber),
                new XElement(Namespace + "ETag", part.ETag)))).ToString(SaveOptions.DisableFormatting);

    static XElement? TryParse(string body)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return null;
        }

        try
        {
            return XDocument.Parse(body).Root;
        }
        catch (XmlException)
        {
            return null;
        }
    }

    static string? Child(XElement element, string localName) =>
        element.Elements().FirstOrDefault(child => child.Name.LocalName == localName)?.Value;
}
