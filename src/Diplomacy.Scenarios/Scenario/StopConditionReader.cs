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
            if (ReadOne(item) is { } condition)
            {
                conditions.Add(condition);
            }
        }

        return conditions;
    }

    private StopCondition? ReadOne(YamlNode item)
    {
        if (reader.Mapping(item, "a stop condition", ScenarioKeys.StopConditions) is not { } mapping)
        {
            return null;
        }

        var kind = KindKeys.Single(mapping, ScenarioKeys.StopConditions, "a stop condition", "make each its own '-' item");
        return kind switch
        {
            null => null,
            "agreement" => mapping.Required("agreement") is { } issueNode
                && references.IssueInPlay(issueNode, "'agreement'") is { } issue
                ? new AgreementReached(issue)
                : null,
            "converge" => ReadConverge(mapping.RequiredMapping("converge", "'converge'", ScenarioKeys.Converge)),
            "nothing-moves" => mapping.RequiredMapping("nothing-moves", "'nothing-moves'", ScenarioKeys.NothingMoves)
                ?.RequiredDouble("tolerance", Model.World.Issue.Minimum, Model.World.Issue.Maximum) is { } tolerance
                ? new NothingMoves(tolerance)
                : null,
            _ => throw new InvalidOperationException($"stop condition '{kind}' is listed in {nameof(ScenarioKeys)}.{nameof(ScenarioKeys.StopConditions)} but has no reader"),
        };
    }

    private PositionsConverge? ReadConverge(YamlMappingReader? converge)
    {
        if (converge is null)
        {
            return null;
        }

        var issue = converge.Required("issue") is { } issueNode ? references.IssueInPlay(issueNode, "'issue' of 'converge'") : null;
        var spread = converge.RequiredDouble("spread", Model.World.Issue.Minimum, Model.World.Issue.Maximum);
        var actorsNode = converge.Optional("actors");
        var actors = actorsNode is null ? [] : references.Actors(actorsNode, "'actors' of 'converge'", minimum: 2);

        // An actor without a stance on the issue would be left out of the spread silently, and
        // the condition could hold from the first round on.
        if (issue is not null && references.World is { } world && actorsNode is YamlSequenceNode items)
        {
            foreach (var item in items.Children.OfType<YamlScalarNode>())
            {
                if (item.Value is { } id && actors.Contains(id, StringComparer.Ordinal) && world.FindStance(id, issue) is null)
                {
                    reader.Report(item, $"'{id}' holds no stance on '{issue}', so it cannot converge on it");
                }
            }
        }

        return issue is not null && spread is not null ? new PositionsConverge(issue, spread.Value, actors) : null;
    }
}
