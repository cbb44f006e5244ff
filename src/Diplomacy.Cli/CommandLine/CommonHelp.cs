namespace Diplomacy.Cli.CommandLine;

/// <summary>Help text every command's help ends with, kept in one place so that all of them say the same.</summary>
public static class CommonHelp
{
    public const string Options = """
          --verbose                print an internal error's details on the screen instead of into a log file
          -h, --help               print this help
        """;

    public const string ExitCodes = """
        Exit codes: 0 success, 1 internal failure or environment fault (disk full, Redis lost),
        2 invalid input (the message says where), 3 a sweep finished but some of its runs failed,
        130/143 interrupted by Ctrl+C/SIGTERM.
        Every code, limit and fault: docs/errors.md.
        """;
}
