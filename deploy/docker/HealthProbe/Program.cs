using GenerationGateway.HealthProbe;

return await ProbeCommand.RunAsync(args, Environment.GetEnvironmentVariable, Console.Error);
