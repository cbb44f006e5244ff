namespace Diplomacy.Cli.CommandLine;

/// <summary>
/// One command of <c>diplomacy</c>, as the dispatcher table lists it: its name (one word, or two
/// for a group's command such as "seed show"), the line the overview shows, the text
/// <c>diplomacy help NAME</c> and <c>NAME --help</c> print, and how to run it with the arguments
/// after its name. The texts are constants of the command's class, so listing every command loads
/// none of them.
/// </summary>
public sealed record CommandInfo(string Name, string Summary, string Help, Func<string[], CommandStreams, Task<int>> RunAsync)
{
    /// <summary>The words of <see cref="Name"/>.</summary>
    public IReadOnlyList<string> Words { get; } = Name.Split(' ');

    /// <summary>The group a two-word command belongs to ("seed" for "seed show"), or null.</summary>
    public string? Group => Words.Count > 1 ? Words[0] : null;

    /// <summary>True when <paramref name="args"/> starts with this command's words.</summary>
    public bool Matches(IReadOnlyList<string> args)
    {
        if (args.Count < Words.Count)
        {
            return false;
        }

        for (var i = 0; i < Words.Count; i++)
        {
            if (args[i] != Words[i])
            {
                return false;
            }
        }

        return true;
    }
}
