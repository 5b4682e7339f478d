using GenerationGateway.VendorSim.Tests.Infrastructure;

namespace GenerationGateway.VendorSim.Tests.SeaArt;

/// <summary>A test class whose every test gets its own SeaArt simulator (with the given settings) and a client with the seed's key.</summary>
public abstract class SeaArtSimTests : IDisposable
{
    protected SeaArtSimTests(params (string Key, string Value)[] settings)
    {
        Factory = SeaArtTestClient.Factory(settings);
        SeaArt = new SeaArtTestClient(Factory);
    }

    protected VendorSimFactory Factory { get; }

    protected SeaArtTestClient SeaArt { get; }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            SeaArt.Dispose();
            Factory.Dispose();
        }
    }
}
