namespace Diplomacy.Cli.CommandLine;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something broke inside the program: a bug or the environment, not the user's input.</summary>
    public const int Failure = 1;

    /// <summary>The user's input (arguments or files) is wrong; the message says where.</summary>
    public const int InvalidInput = 2;

    /// <summary>A sweep finished every run, but some of them failed: each failed run is a row of the runs table with its error.</summary>
    public const int FinishedWithFailedRuns = 3;

    /// <summary>Stopped by Ctrl+C (SIGINT, 128 + 2) or by SIGTERM (128 + 15); a sweep resumes when run again.</summary>
    public const int Interrupted = 130;

    public const int Terminated = 143;
}
