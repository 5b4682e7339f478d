namespace GenerationGateway.Adapters.Rodin.VendorApi;

sealed class RodinBalanceAnswer : RodinAnswer
{
    public decimal? Balance { get; init; }
}
