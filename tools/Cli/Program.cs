using GenerationGateway.Cli;
using Spectre.Console.Cli;

var app = new CommandApp();
app.Configure(config => GatewayCommands.Configure(config, GatewayEnvironment.FromProcess()));
return await app.RunAsync(args);
