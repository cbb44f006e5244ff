namespace Diplomacy.Experiments.Scoring;

/// <summary>
/// Where one observation falls in one parameter set's ensemble: of the set's finished runs, how many
/// show the event (<see cref="Occurred"/>), and how the others miss it. For an agreement, <see cref="Before"/>
/// is unused and <see cref="After"/> counts runs that agreed only after the round; for a stance,
/// <see cref="Before"/> and <see cref="After"/> count runs ending below and above the range.
/// </summary>
public sealed record ObservationTally(Observation Observation, int Set, int Runs, int Occurred, int Before, int After)
{
    /// <summary>The ensemble's forecast: the share of runs showing the event; null when no run finished.</summary>
    public double? Forecast => Runs == 0 ? null : (double)Occurred / Runs;

    /// <summary>(forecast − outcome)², outcome 1 when it happened and 0 when not; null without a forecast.</summary>
    public double? Brier => Forecast is { } p ? Math.Pow(p - (Observation.Happened ? 1 : 0), 2) : null;

    /// <summary>Counts one finished run: did it show the event, and if not, which way did it miss.</summary>
    public ObservationTally Add(bool occurred, bool before, bool after) =>
        this with
        {
            Runs = Runs + 1,
            Occurred = Occurred + (occurred ? 1 : 0),
            Before = Before + (!occurred && before ? 1 : 0),
            After = After + (!occurred && after ? 1 : 0),
        };
}
