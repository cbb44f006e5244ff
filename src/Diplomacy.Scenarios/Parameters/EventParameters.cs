using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Parameters;

/// <summary><c>events[N].propose.terms.ISSUE</c>: the position a proposal offers on one of its issues.</summary>
public sealed record TermParameter(string Path, int Event, string Issue) : ScenarioParameter(Path)
{
    public override string? Check(ParameterValue value) => NumberIn(value, Model.World.Issue.Minimum, Model.World.Issue.Maximum);

    public override Scenario.Scenario Apply(Scenario.Scenario scenario, ParameterValue value)
    {
        var propose = (ProposeEvent)scenario.Events[Event];
        var terms = propose.Terms.Select(t => t.Issue == Issue ? t with { Position = value.Number!.Value } : t).ToList();
        return scenario with { Events = Replace(scenario.Events, Event, propose with { Terms = terms }) };
    }

    internal static List<ScenarioEvent> Replace(IReadOnlyList<ScenarioEvent> events, int index, ScenarioEvent replacement) =>
        events.Select((e, i) => i == index ? replacement : e).ToList();
}

/// <summary><c>events[N].shock.set</c> or <c>events[N].shock.shift</c>: the size of an outside event (the one the shock gives).</summary>
public sealed record ShockParameter(string Path, int Event, string Field) : ScenarioParameter(Path)
{
    public override string? Check(ParameterValue value) =>
        Field == "set"
            ? NumberIn(value, Model.World.Issue.Minimum, Model.World.Issue.Maximum)
            : NumberIn(value, -ScenarioLimits.MaxShift, ScenarioLimits.MaxShift);

    public override Scenario.Scenario Apply(Scenario.Scenario scenario, ParameterValue value)
    {
        var shock = (ShockEvent)scenario.Events[Event];
        var changed = Field == "set" ? shock with { Set = value.Number } : shock with { Shift = value.Number };
        return scenario with { Events = TermParameter.Replace(scenario.Events, Event, changed) };
    }
}
