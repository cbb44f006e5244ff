namespace Diplomacy.Runtime.Output;

/// <summary>What an output folder holds before a command writes it.</summary>
public enum OutputFolderState
{
    /// <summary>Nothing there yet.</summary>
    Missing,

    /// <summary>A folder with nothing in it.</summary>
    Empty,

    /// <summary>An earlier output of this tool, exactly the files its manifest lists (or fewer).</summary>
    EarlierOutput,

    /// <summary>An earlier output of this tool with files added since: replaced only with --force.</summary>
    EarlierOutputWithOtherFiles,

    /// <summary>A folder this tool did not write (no manifest of ours): never replaced.</summary>
    Foreign,
}
