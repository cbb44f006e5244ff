using Diplomacy.Model.Concession;
using Diplomacy.Model.Dynamics;
using Diplomacy.Model.ExpectedUtility;
using Diplomacy.Model.Utility;

namespace Diplomacy.Model.Tests.Concession;

/// <summary>A caller who passes a value out of range is told which value and why, in words.</summary>
public sealed class ParameterMessageTests
{
    private static void Refused<T>(Func<object> call, string parameter, string message)
        where T : ArgumentException
    {
        var error = Assert.Throws<T>(() => call());

        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Concession_parameters_name_themselves()
    {
        Refused<ArgumentOutOfRangeException>(() => new ConcessionTactic(-1, 10, 0, ConcessionKind.Custom), "Beta", "β must be finite and non-negative");
        Refused<ArgumentOutOfRangeException>(() => new ConcessionTactic(1, 0, 0, ConcessionKind.Custom), "Deadline", "the deadline must be at least one round");
        Refused<ArgumentOutOfRangeException>(() => new ConcessionTactic(1, 10, 2, ConcessionKind.Custom), "Reservation", "the reservation value must be in [0, 1]");
        Refused<ArgumentOutOfRangeException>(() => ConcessionTactic.CounterOffer(0, 1, 0.5, 0), "range", "the issue's range must be positive");
        Refused<ArgumentException>(() => ConcessionTactic.Named("stubborn", 10, 0), "name", "unknown concession tactic 'stubborn': expected boulware, linear or conceder");
    }

    [Fact]
    public void Resolve_bound_parameters_name_themselves()
    {
        Refused<ArgumentOutOfRangeException>(() => ResolveBound.Firmness(1.5, 0.5), "resolve", "resolve must be in [0, 1]");
        Refused<ArgumentOutOfRangeException>(() => ResolveBound.Firmness(0.5, -0.5), "salience", "salience must be in [0, 1]");
        Refused<ArgumentOutOfRangeException>(() => ResolveBound.IssueSusceptibility(2, 0.5, 0.5), "susceptibility", "susceptibility must be in [0, 1]");
        Refused<ArgumentOutOfRangeException>(() => ResolveBound.MaxStep(0.5, 0.5, double.PositiveInfinity), "range", "the range must be finite and non-negative");
        Refused<ArgumentOutOfRangeException>(() => ResolveBound.MaxStep(0.5, 0.5, double.NaN), "range", "the range must be finite and non-negative");
    }

    [Fact]
    public void Other_model_inputs_say_what_is_wrong()
    {
        Assert.StartsWith("a shock gives exactly one of set and shift", Assert.Throws<ArgumentException>(() => ShockRule.Apply(0, null, null, null, false)).Message, StringComparison.Ordinal);
        Refused<ArgumentException>(() => new MultiIssueUtility([]), "preferences", "at least one issue is needed");
        Refused<ArgumentOutOfRangeException>(() => new BdmSnapshot([], -1), "range", "the range must be finite and non-negative");
        Refused<ArgumentException>(() => new BdmSnapshot([new BdmActor("a", 1, 0, 1)]).WithPositions([1, 2]), "positions", "expected 1 positions, got 2");
    }

    [Fact]
    public void The_edges_of_the_resolve_bound_ranges_are_accepted()
    {
        Assert.Equal(0, ResolveBound.MaxStep(0, 0, 0));
        Assert.Equal(1, ResolveBound.Firmness(1, 1));
        Assert.Equal(1, ResolveBound.IssueSusceptibility(1, 0, 0));
    }
}
