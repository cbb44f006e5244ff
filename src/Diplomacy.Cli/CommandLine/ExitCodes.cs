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
}
