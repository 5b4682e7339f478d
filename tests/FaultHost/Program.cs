using GenerationGateway.FaultHost;

// dotnet GenerationGateway.FaultHost.dll <service assembly> <fault point> [the service's own arguments]
return args.Length < 2
    ? FaultHostUsage.Print()
    : ServiceEntryPoint.Run(Path.GetFullPath(args[0]), new ProcessKillingFaultInjector(args[1]), args[2..]);
