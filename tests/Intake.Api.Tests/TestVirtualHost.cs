using System.Diagnostics;

namespace GenerationGateway.Intake.Api.Tests;

/// <summary>
/// A RabbitMQ virtual host made for one test with <c>rabbitmqctl</c> and deleted afterwards, so what intake declares
/// (durable vendor queues) does not outlive it. (tests/TestSupport has the same for the other projects; this project
/// cannot reference it, as both it and VendorSim declare a <c>Program</c>.)
/// </summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    TestVirtualHost(string name) => Name = name;

    public string Name { get; }

    public static async Task<TestVirtualHost> CreateAsync()
    {
        var name = $"intake-{Guid.NewGuid():N}"[..19];
        await RunAsync("add_vhost", name);
        await RunAsync("set_permissions", "-p", name, Uri.UnescapeDataString(TestEnvironment.RabbitMq.UserInfo.Split(':')[0]), ".*", ".*", ".*");
        return new TestVirtualHost(name);
    }

    public async ValueTask DisposeAsync() => await RunAsync("delete_vhost", Name);

    static async Task RunAsync(params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo("rabbitmqctl", arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var (output, error) = (process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}{await output}");
        }
    }
}
