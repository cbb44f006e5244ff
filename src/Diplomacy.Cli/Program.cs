using Diplomacy.Cli;
using Diplomacy.Cli.CommandLine;

// The last resort for an exception on a thread no command awaits: one line, a log file, exit 1.
AppDomain.CurrentDomain.UnhandledException += (_, e) =>
{
    InternalFailure.Report(e.ExceptionObject as Exception ?? new InvalidOperationException($"{e.ExceptionObject}"), args.Contains(CommandDispatcher.VerboseFlag), Console.Error);
    Environment.Exit(ExitCodes.Failure);
};

return await CommandDispatcher.RunAsync(args, Console.Out, Console.Error);
