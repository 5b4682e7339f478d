using System.Collections.Concurrent;
using System.Diagnostics;
using GenerationGateway.TestSupport;

namespace GenerationGateway.EndToEnd.Tests;

/// <summary>One service of the product running as its own operating-system process, as in production.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    readonly ConcurrentQueue<string> _output = new();
    readonly string _name;
    readonly string _assembly;
    readonly IReadOnlyDictionary<string, string> _environment;
    readonly string? _faultPoint;
    readonly StreamWriter? _log;
    bool _logClosed;
    Process? _process;

    /// <param name="project">The service's project folder under <c>services/</c>.</param>
    /// <param name="environment">Its environment variables.</param>
    /// <param name="port">Its HTTP port, else a free one.</param>
    /// <param name="faultPoint">
    /// A fault point (<c>FaultPoints</c>) to arm: the service then runs under the test-only fault host, which kills the
    /// process the first time it reaches that point. The shipped service reads no setting that could do this.
    /// </param>
    public ServiceProcess(string project, IReadOnlyDictionary<string, string> environment, int? port = null, string? faultPoint = null)
    {
        _name = project;
        _assembly = Locate("services", project, $"GenerationGateway.{project}.dll");
        _environment = environment;
        _faultPoint = faultPoint;
        Port = port ?? FreePort.Next();

        // GATEWAY_TEST_PROCESS_LOGS names a folder that keeps every line of every process (the failure messages keep only the tail).
        var logs = Environment.GetEnvironmentVariable("GATEWAY_TEST_PROCESS_LOGS");
        if (!string.IsNullOrEmpty(logs))
        {
            Directory.CreateDirectory(logs);
            _log = new StreamWriter(Path.Combine(logs, $"{DateTime.UtcNow:HHmmss}-{project}-{Port}.log"), append: true) { AutoFlush = true };
        }
    }

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    public int? ExitCode => _process is { HasExited: true } process ? process.ExitCode : null;

    public string Output => string.Join('\n', _output.TakeLast(200));

    /// <summary>Whether any line the process wrote (of the last 2,000 kept) contains <paramref name="text"/>.</summary>
    public bool Wrote(string text) => _output.Any(line => line.Contains(text, StringComparison.Ordinal));

    /// <summary>Starts the process and waits until <c>/health/ready</c> answers 200.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        string[] service = [_assembly, "--urls", BaseAddress.ToString().TrimEnd('/')];
        var start = new ProcessStartInfo("dotnet", _faultPoint is null
            ? service
            : [Locate("tests", "FaultHost", "GenerationGateway.FaultHost.dll"), _assembly, _faultPoint, .. service[1..]])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(_assembly)!,
        };
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["Logging__Console__FormatterOptions__TimestampFormat"] = "HH:mm:ss.fff ";
        foreach (var (key, value) in _environment)
        {
            start.Environment[key] = value;
        }

        _process = new Process { StartInfo = start, EnableRaisingEvents = true };
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"{_name} exited with code {_process.ExitCode} during start:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("health/ready", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"{_name} was not ready within the timeout:\n{Output}");
    }

    /// <summary>Waits for the process to exit on its own (a fault point makes it exit).</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        await _process!.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    /// <summary>The equivalent of <c>kill -9</c>: no shutdown, no flush.</summary>
    public void Kill()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        _process?.Dispose();
        if (_log is not null)
        {
            lock (_log)
            {
                _logClosed = true;
                _log.Dispose();
            }
        }

        return ValueTask.CompletedTask;
    }

    void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (_log is not null)
        {
            lock (_log)
            {
                if (!_logClosed)
                {
                    _log.WriteLine(line);
                }
            }
        }

        while (_output.Count > 2000)
        {
            _output.TryDequeue(out _);
        }
    }

    static string Locate(string folder, string project, string file)
    {
        // tests/EndToEnd.Tests/bin/<Configuration>/net10.0 → repository root
        var testOutput = AppContext.BaseDirectory;
        var framework = new DirectoryInfo(testOutput).Name;
        var configuration = new DirectoryInfo(testOutput).Parent!.Name;
        var root = new DirectoryInfo(testOutput).Parent!.Parent!.Parent!.Parent!.Parent!.FullName;
        var assembly = Path.Combine(root, folder, project, "bin", configuration, framework, file);
        return File.Exists(assembly)
            ? assembly
            : throw new FileNotFoundException($"{project} is not built at {assembly}.");
    }
}
