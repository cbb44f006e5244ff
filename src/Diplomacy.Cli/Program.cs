using Diplomacy.Cli;

return await CommandDispatcher.RunAsync(args, Console.Out, Console.Error);
