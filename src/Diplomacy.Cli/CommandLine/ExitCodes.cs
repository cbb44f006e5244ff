namespace Diplomacy.Cli.CommandLine;

public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>Something broke inside the program: a bug or the environment, not the user's input.</summary>
    public const int Failure = 1;

    /// <summary>The user's input (arguments or files) is wrong; the message says where.</summary>
    public const int InvalidInput = 2;
}
