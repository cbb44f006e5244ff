using Diplomacy.Contracts.Plan;
using Diplomacy.Contracts.Trace;

namespace Diplomacy.Contracts;

/// <summary>
/// Conducts one run inside the cluster, keyed by the run key: it plays the plan round by round
/// (events in file order, then influence, then the stop conditions), persists the run at every
/// round boundary and publishes each round only once it is persisted. When the silo holding it
/// dies, the next call activates it on a survivor, which continues from the last complete round:
/// no event is lost or doubled. Every method may be retried.
/// </summary>
[Alias("diplomacy.IRunGrain")]
public interface IRunGrain : IGrainWithStringKey
{
    /// <summary>Starts the run; starting it again with the same plan changes nothing.</summary>
    [Alias("Start")]
    Task Start(RunPlan plan);

    /// <summary>
    /// The rounds completed after <paramref name="afterRound"/> (round 0 holds the seeds), waiting
    /// briefly for one when there is none yet. Asking for later rounds acknowledges the earlier ones.
    /// </summary>
    [Alias("NextRounds")]
    Task<RunProgress> NextRounds(int afterRound);

    /// <summary>Plays one round of a stepped or paused run.</summary>
    [Alias("Step")]
    Task Step();

    /// <summary>Stops after the round being played, until <see cref="Resume"/> or <see cref="Step"/>.</summary>
    [Alias("Pause")]
    Task Pause();

    /// <summary>Plays through again after a pause (or from the start of a stepped run).</summary>
    [Alias("Resume")]
    Task Resume();

    /// <summary>Ends the run at once; nothing more is published. Waits a little (at most 10 s) for its grains to be let go.</summary>
    [Alias("Cancel")]
    Task Cancel();

    /// <summary>The client has every round: the run and its actors and forums forget it. Waits a little (at most 10 s) for that.</summary>
    [Alias("Retire")]
    Task Retire();

    /// <summary>Which silo and process hold the run now.</summary>
    [Alias("Host")]
    Task<RunHost> Host();
}
