using Microsoft.Extensions.Options;

namespace GenerationGateway.VendorSim.Rodin.Tasks;

/// <summary>The credit balance behind the simulator's one API key.</summary>
public sealed class RodinAccount(IOptions<RodinSimulatorOptions> options)
{
    private readonly Lock _gate = new();
    private decimal _balance = options.Value.InitialBalance;

    public decimal Balance
    {
        get
        {
            lock (_gate)
            {
                return _balance;
            }
        }
    }

    /// <summary>Deducts <paramref name="cost"/> unless the balance is below it.</summary>
    public bool TryCharge(decimal cost)
    {
        lock (_gate)
        {
            if (_balance < cost)
            {
                return false;
            }

            _balance -= cost;
            return true;
        }
    }

    public void Set(decimal balance)
    {
        lock (_gate)
        {
            _balance = balance;
        }
    }

    public void Reset() => Set(options.Value.InitialBalance);
}
