namespace Diplomacy.Grains;

/// <summary>
/// The grain storage every run writes to: in memory on the embedded silo, a shared store when
/// silos form a cluster, chosen by configuration and never by grain code.
/// </summary>
public static class RunStorage
{
    public const string Name = "runs";
}
