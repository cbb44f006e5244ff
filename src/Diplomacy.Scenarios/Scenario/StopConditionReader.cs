using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Scenario;

/// <summary>Reads the 'stop-when' list: each item holds exactly one condition.</summary>
internal sealed class StopConditionReader(YamlNodeReader reader, WorldReferences references)
{
    public IReadOnlyList<StopCondition> Read(IReadOnlyList<YamlNode> items)
    {
        var conditions = new List<StopCondition>();
        foreach (var item in items)
        {
            var condition = ReadOne(item);
            if (condition is not null)
            {
                conditions.Add(condition);
            }
        }

        return conditions;
    }

    private StopCondition? ReadOne(YamlNode item)
    {
        // Plain null tests, not pattern variables: Stryker cannot compile the mutants of a method
        // whose pattern variables a mutant copies or leaves unassigned (docs/testing.md).
        var mapping = reader.Mapping(item, "a stop condition", ScenarioKeys.StopConditions);
        if (mapping is null)
        {
            return null;
        }

        var kind = KindKeys.Single(mapping, ScenarioKeys.StopConditions, "a stop condition", "make each its own '-' item");
        return kind switch
        {
            null => null,
            "agreement" => ReadAgreement(mapping),
            "converge" => ReadConverge(mapping.RequiredMapping("converge", "'converge'", ScenarioKeys.Converge)),
            "nothing-moves" => ReadNothingMoves(mapping),
            _ => throw new InvalidOperationException($"stop condition '{kind}' is listed in {nameof(ScenarioKeys)}.{nameof(ScenarioKeys.StopConditions)} but has no reader"),
        };
    }

    private AgreementReached? ReadAgreement(YamlMappingReader mapping)
    {
        var issueNode = mapping.Required("agreement");
        var issue = issueNode is null ? null : references.IssueInPlay(issueNode, "'agreement'");
        return issue is null ? null : new AgreementReached(issue);
    }

    private static NothingMoves? ReadNothingMoves(YamlMappingReader mapping)
    {
        var tolerance = mapping.RequiredMapping("nothing-moves", "'nothing-moves'", ScenarioKeys.NothingMoves)
            ?.RequiredDouble("tolerance", Model.World.Issue.Minimum, Model.World.Issue.Maximum);
        return tolerance is null ? null : new NothingMoves(tolerance.Value);
    }

    private PositionsConverge? ReadConverge(YamlMappingReader? converge)
    {
        if (converge is null)
        {
            return null;
        }

        var issueNode = converge.Required("issue");
        var issue = issueNode is null ? null : references.IssueInPlay(issueNode, "'issue' of 'converge'");
        var spread = converge.RequiredDouble("spread", Model.World.Issue.Minimum, Model.World.Issue.Maximum);
        var actorsNode = converge.Optional("actors");
        var actors = actorsNode is null ? [] : references.Actors(actorsNode, "'actors' of 'converge'", minimum: 2);

        // An actor without a stance on the issue would be left out of the spread silently, and
        // the condition could hold from the first round on.
        var world = references.World;
        var items = actorsNode as YamlSequenceNode;
        if (issue is not null && world is not null && items is not null)
        {
            foreach (var item in items.Children.OfType<YamlScalarNode>())
            {
                var id = item.Value;
                if (id is not null && actors.Contains(id, StringComparer.Ordinal) && world.FindStance(id, issue) is null)
                {
                    reader.Report(item, $"'{id}' holds no stance on '{issue}', so it cannot converge on it");
                }
            }
        }

        return issue is not null && spread is not null ? new PositionsConverge(issue, spread.Value, actors) : null;
    }
}
