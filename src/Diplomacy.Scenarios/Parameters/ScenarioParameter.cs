using System.Globalization;
using Diplomacy.Model.Uncertainty;
using Diplomacy.Model.World;

namespace Diplomacy.Scenarios.Parameters;

/// <summary>
/// One lever of a scenario addressed by a path (docs/sweep-format.md): an actor's capability, a
/// stance's position, a proposal's term, a model setting. <see cref="ParameterPaths.Resolve"/>
/// finds it in a scenario; <see cref="Check"/> says whether a value fits it (type and range);
/// <see cref="Apply"/> gives the scenario with the value set. The set of kinds is closed: each
/// is a sealed record below and every switch over them names them all.
/// </summary>
public abstract record ScenarioParameter(string Path)
{
    /// <summary>True when the parameter takes numbers (tables give it a number column); false for words and true/false.</summary>
    public virtual bool Numeric => true;

    /// <summary>Null when the value fits this parameter, else why not ("must be a number between 0 and 1").</summary>
    public abstract string? Check(ParameterValue value);

    /// <summary>The scenario with the value set; throws <see cref="ParameterConflictException"/> when the value clashes with the world (a red line).</summary>
    public abstract Scenario.Scenario Apply(Scenario.Scenario scenario, ParameterValue value);

    protected static string? NumberIn(ParameterValue value, double minimum, double maximum)
    {
        var number = value.Number;
        if (number is null)
        {
            return $"must be a number{Range(minimum, maximum)}; got {value.Describe()}";
        }

        return number < minimum || number > maximum ? $"must be{Range(minimum, maximum)}; got {value.Text}" : null;
    }

    protected static string? WholeNumberIn(ParameterValue value, int minimum, int maximum) =>
        value.Number is not null && value.Number == Math.Floor(value.Number.Value) && value.Number >= minimum && value.Number <= maximum
            ? null
            : $"must be a whole number{Range(minimum, maximum)}; got {value.Describe()}";

    protected static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Range(double minimum, double maximum) => (minimum, maximum) switch
    {
        (double.MinValue, double.MaxValue) => "",
        (_, double.MaxValue) => $" of at least {Format(minimum)}",
        _ => $" between {Format(minimum)} and {Format(maximum)}",
    };
}

/// <summary><c>actors.ACTOR.capability</c> or <c>actors.ACTOR.susceptibility</c>.</summary>
public sealed record ActorParameter(string Path, string Actor, string Field) : ScenarioParameter(Path)
{
    public static IReadOnlyList<string> Fields { get; } = ["capability", "susceptibility"];

    public override string? Check(ParameterValue value) =>
        Field == "capability" ? NumberIn(value, 0, double.MaxValue) : NumberIn(value, 0, 1);

    public override Scenario.Scenario Apply(Scenario.Scenario scenario, ParameterValue value)
    {
        var number = value.Number!.Value;
        var actors = scenario.World.Actors
            .Select(a => a.Id != Actor ? a : Field == "capability" ? a with { Capability = number } : a with { Susceptibility = number })
            .ToList();
        return scenario with { World = scenario.World with { Actors = actors } };
    }
}

/// <summary><c>stances.ACTOR.ISSUE.position</c>, <c>.salience</c> or <c>.resolve</c>.</summary>
public sealed record StanceParameter(string Path, string Actor, string Issue, string Field) : ScenarioParameter(Path)
{
    public static IReadOnlyList<string> Fields { get; } = ["position", "salience", "resolve"];

    public override string? Check(ParameterValue value) =>
        Field == "position" ? NumberIn(value, Model.World.Issue.Minimum, Model.World.Issue.Maximum) : NumberIn(value, 0, 1);

    public override Scenario.Scenario Apply(Scenario.Scenario scenario, ParameterValue value)
    {
        var number = value.Number!.Value;
        var stances = scenario.World.Stances.Select(s => s.Actor != Actor || s.Issue != Issue ? s : Set(s, number)).ToList();
        return scenario with { World = scenario.World with { Stances = stances } };
    }

    private Stance Set(Stance stance, double number)
    {
        if (Field != "position")
        {
            return Field == "salience" ? stance with { Salience = number } : stance with { Resolve = number };
        }

        var line = stance.RedLine;
        if (line is not null && !line.Allows(number))
        {
            throw new ParameterConflictException(
                $"{Path} = {Format(number)} lies outside {Actor}'s red line on {Issue} [{Format(line.Minimum)}, {Format(line.Maximum)}]");
        }

        return stance with { Position = number };
    }
}

/// <summary><c>uncertainty.stated</c>, <c>.implied</c> or <c>.assumed</c>: a spread; setting one turns uncertainty on with the defaults for the others.</summary>
public sealed record UncertaintyParameter(string Path, Confidence Confidence) : ScenarioParameter(Path)
{
    public override string? Check(ParameterValue value) => NumberIn(value, 0, UncertaintySpec.MaxSpread);

    public override Scenario.Scenario Apply(Scenario.Scenario scenario, ParameterValue value) =>
        scenario with { Uncertainty = (scenario.Uncertainty ?? UncertaintySpec.FromConfidence).With(Confidence, value.Number!.Value) };
}

/// <summary>
/// Thrown by <see cref="ScenarioParameter.Apply"/> when a well-formed value clashes with the
/// world (a position beyond a red line, a beta that does not fit the tactic set beside it). In a
/// sweep the runs of that parameter set fail with this message; for <c>diplomacy run</c> it is a
/// mistake on the command line.
/// </summary>
public sealed class ParameterConflictException(string message) : Exception(message);
