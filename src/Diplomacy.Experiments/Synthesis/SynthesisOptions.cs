namespace Diplomacy.Experiments.Synthesis;

/// <summary>
/// What <c>diplomacy synth</c> makes: <paramref name="Actors"/> actors in all (states, their
/// leaders, a few organisations), <paramref name="Issues"/> issues, up to
/// <paramref name="LeadersPerState"/> leaders per state, every name and number drawn from
/// <paramref name="Seed"/>.
/// </summary>
public sealed record SynthesisOptions(int Actors, int Issues, int LeadersPerState, int Seed)
{
    /// <summary>The most a world file may hold (docs/errors.md): the scale tests' largest world.</summary>
    public const int MaxActors = Scenarios.Input.InputLimits.WorldActors;

    public const int MaxIssues = 50;

    public const int MaxLeadersPerState = 10;

    /// <summary>Rounds of the synthetic scenario.</summary>
    public const int Rounds = 10;
}
