namespace Diplomacy.Contracts.Messages;

/// <summary>
/// A grain refused an order: it came from an older epoch of the run than the grain's own (a run
/// conductor that was paused or cut off and has since been replaced), or the grain has no state
/// for the run (it was re-activated after a silo was lost). The run replays the round.
/// </summary>
[GenerateSerializer, Alias("diplomacy.epoch-refused")]
public sealed class EpochRefusedException : Exception
{
    public EpochRefusedException()
    {
    }

    public EpochRefusedException(string message)
        : base(message)
    {
    }

    public EpochRefusedException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
