namespace GenerationGateway.VendorSim.Portrait.Tasks;

/// <summary>
/// The photos the portrait simulator serves: a 48×64 PNG (written with Python's zlib) and a 48×64 baseline JPEG
/// (written with libjpeg-turbo's cjpeg), both decodable by any image library.
/// </summary>
public static class PortraitSampleImages
{
    public const int Width = 48;
    public const int Height = 64;

    private const string PngBase64 = "iVBORw0KGgoAAAANSUhEUgAAADAAAABACAIAAADTQmMRAAAB2klEQVR42s3O2UuUYRzF8fPXGCISIiIh5cogQ7tLIjKICyLDMAyDTtk07vs2rgzDMFoqg7QvDmmmaVRISAUSESISSEhIEHjfxXvjjfJ7nve5OPC5PueLfx9nqeDv+zgVHG3EqODPepQKDt9GqOD3m2kqOFiepIJfyXEq2H8VpoK9FyNUsPtsiAp+Phmggh+P+qjg+2IPFewkuqjg20KHtuOvS6fR3sSXuXYNZ6ScpLGM7futqoQ1FtVxfJ65p0SpxqK0j63YXTmNGov8Ap+id4S0ayzCF3yIBIRsBglfsDndJGGzxiI5wrtJv4SRIMkR1sZ9EkaCJEdYDXsljARJjrAy7JEwEiQ5wutBt4SRIMkRkv2NEkaCJEd42dsgYSRIcoTn3fUSRoIkR3jaWStks0b4gsdtNUI2g4QveBiqltOukV9gMehSolGjtI9ES5UqpRrVcczfrtQgrNFYxoPmCm1npGhvYtZfTgVxXykVxLw3qSDquU4FEfdVKphqvEwFEw1OKhirK6aC0RoHFQxXF1HBoKuQCvqr8qmgpzKXCrpuXaSCjrIcKmgruUAFoRvZVBC8lkUFLVcyqSDgzKCCpuLzVOB3pFOBryiNCrwFqVTgyTtHBe5LKVT+A//CK5P1hxP6AAAAAElFTkSuQmCC";

    private const string JpegBase64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDABALDA4MChAODQ4SERATGCgaGBYWGDEjJR0oOjM9PDkzODdASFxOQERXRTc4UG1RV19iZ2hnPk1xeXBkeFxlZ2P/2wBDARESEhgVGC8aGi9jQjhCY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2NjY2P/wAARCABAADADASIAAhEBAxEB/8QAGQABAQEBAQEAAAAAAAAAAAAABAACBgED/8QAJBAAAgICAQQBBQAAAAAAAAAAAAECEwMRMQQFEiEjQVFxobH/xAAYAQADAQEAAAAAAAAAAAAAAAAAAQMEAv/EABoRAQEBAQADAAAAAAAAAAAAAAABAhEDEyH/2gAMAwEAAhEDEQA/AOtsKwLYVhVMqwrAym3xtk5NcpoXwfSbCsC2FYMC2G8W8k/H6csFYJ6CaedpvmPoW7Zm2Hid1JT0klpcHpEYG4TOq5LXD4PnYa7hNJ41v379A7Dd47bmWsXkkmrILYewzShJSi9SXDB2FYV4n10GHueGUPlfhJc+tp/g1k7n08Y7hJzf2Sa/pzthWEfRnqvv1w7L1Ms2Rzm9t/oxYEsKwrJxLvRbCsC2FYduSrCsC2FYAKsKwLYVgB//2Q==";

    private static readonly byte[] PngBytes = Convert.FromBase64String(PngBase64);

    private static readonly byte[] JpegBytes = Convert.FromBase64String(JpegBase64);

    public static ReadOnlyMemory<byte> Png => PngBytes;

    public static ReadOnlyMemory<byte> Jpeg => JpegBytes;

    public static (byte[] Bytes, string ContentType) For(PortraitPhotoFormat format) => format == PortraitPhotoFormat.Jpeg
        ? (JpegBytes.ToArray(), "image/jpeg")
        : (PngBytes.ToArray(), "image/png");
}
