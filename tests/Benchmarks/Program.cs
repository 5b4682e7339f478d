using GenerationGateway.Benchmarks;

var settings = BenchmarkSettings.Parse(args);
var report = new BenchmarkReport(settings);
await report.RunAsync();
return report.Missed == 0 || !settings.Enforce ? 0 : 1;
