using System.IO.Pipelines;

namespace GenerationGateway.VendorSim.Tls;

/// <summary>A decrypted stream as a connection transport, for Kestrel's HTTP layer to read requests from.</summary>
sealed class StreamDuplexPipe(Stream stream) : IDuplexPipe
{
    public PipeReader Input { get; } = PipeReader.Create(stream, new StreamPipeReaderOptions(leaveOpen: true));

    public PipeWriter Output { get; } = PipeWriter.Create(stream, new StreamPipeWriterOptions(leaveOpen: true));
}
