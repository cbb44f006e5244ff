using System.Text.Json;
using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Scenarios.Tests.Scenario;

/// <summary>
/// The scenarios in scenarios/ all load, and the loader, the JSON Schema beside them and the
/// format documentation name the same keys, so none can drift from the others unnoticed.
/// </summary>
public sealed class ShippedScenarioTests
{
    private static readonly string ScenarioFolder = Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static TheoryData<string> Scenarios() => new(ScenarioNames());

    private static IEnumerable<string> ScenarioNames() =>
        Directory.GetFiles(ScenarioFolder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [Fact]
    public void The_article_scenarios_and_the_five_what_ifs_it_raises_ship()
    {
        Assert.Superset(
            new HashSet<string>
            {
                "talks-as-announced.yaml", "europe-at-table.yaml", "europe-kept-out.yaml", "us-troops-guarantee.yaml",
                "minerals-for-aid.yaml", "nato-for-european-guarantee.yaml",
                "us-keeps-nato-open.yaml", "summit-in-moscow.yaml", "ukraine-without-europe.yaml", "russia-hardens.yaml", "spending-split.yaml",
            },
            ScenarioNames().ToHashSet());
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_shipped_scenario_plays_the_resolve_bounded_dynamics_and_grounds_every_event(string name)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(ScenarioFolder, name));

        Assert.True(scenario.Models.IsResolveBounded);
        Assert.All(scenario.Events, e => Assert.True(e.Note is not null || e.Assumption is not null, $"{name}: event at {e.Location} has no provenance"));
        Assert.All(scenario.Events.Where(e => e.Note is not null), e => Assert.Contains("line", e.Note, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_shipped_scenario_validates_and_is_named_after_its_file(string name)
    {
        var scenario = ScenarioLoader.Load(Path.Combine(ScenarioFolder, name));

        Assert.Equal(Path.GetFileNameWithoutExtension(name), scenario.Name);
        Assert.NotEmpty(scenario.Description);
        Assert.NotEmpty(scenario.Events);
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_shipped_scenario_points_editors_at_the_schema_and_cites_the_article(string name)
    {
        var lines = File.ReadAllLines(Path.Combine(ScenarioFolder, name));

        Assert.Equal("# yaml-language-server: $schema=./scenario.schema.json", lines[0]);
        Assert.Contains(lines, line => line.StartsWith("# Article line", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Each_shipped_scenario_uses_only_keys_the_schema_declares(string name)
    {
        var root = (YamlMappingNode)YamlDocumentReader.Load(Path.Combine(ScenarioFolder, name), Diplomacy.Scenarios.Input.InputKind.Scenario).Root;
        var declared = PropertiesOf(Schema().RootElement);

        Assert.All(root.Children.Keys, key => Assert.Contains(((YamlScalarNode)key).Value, declared));
        Assert.All(Required(Schema().RootElement), key => Assert.Contains(new YamlScalarNode(key), root.Children.Keys));
    }

    [Fact]
    public void The_schema_declares_exactly_the_keys_the_loader_reads()
    {
        var schema = Schema().RootElement;
        var definitions = schema.GetProperty("$defs");
        var stop = definitions.GetProperty("stopCondition");

        Assert.Equal(ScenarioKeys.TopLevel, PropertiesOf(schema));
        Assert.Equal(["name", "world", "issues", "rounds"], Required(schema));
        Assert.Equal(ScenarioKeys.Models, PropertiesOf(definitions.GetProperty("models")));
        Assert.Equal(ScenarioKeys.Concession, PropertiesOf(definitions.GetProperty("models").GetProperty("properties").GetProperty("concession")));
        Assert.Equal(ScenarioKeys.Influence, PropertiesOf(definitions.GetProperty("models").GetProperty("properties").GetProperty("influence")));
        Assert.Equal(ScenarioKeys.Event.Order(StringComparer.Ordinal), PropertiesOf(definitions.GetProperty("event")).Order(StringComparer.Ordinal));
        Assert.Equal(ScenarioKeys.Propose, PropertiesOf(definitions.GetProperty("propose")));
        Assert.Equal(ScenarioKeys.Shock, PropertiesOf(definitions.GetProperty("shock")));
        Assert.Equal(ScenarioKeys.Forum, PropertiesOf(definitions.GetProperty("forum")));
        Assert.Equal(ScenarioKeys.StopConditions, PropertiesOf(stop));
        Assert.Equal(ScenarioKeys.Converge, PropertiesOf(stop.GetProperty("properties").GetProperty("converge")));
        Assert.Equal(ScenarioKeys.NothingMoves, PropertiesOf(stop.GetProperty("properties").GetProperty("nothing-moves")));
    }

    [Fact]
    public void The_format_documentation_mentions_every_key()
    {
        var documentation = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "scenario-format.md"));
        IEnumerable<string> keys =
        [
            .. ScenarioKeys.TopLevel, .. ScenarioKeys.Models, .. ScenarioKeys.Concession, .. ScenarioKeys.Influence,
            .. ScenarioKeys.Event, .. ScenarioKeys.Propose, .. ScenarioKeys.Shock, .. ScenarioKeys.Forum,
            .. ScenarioKeys.StopConditions, .. ScenarioKeys.Converge, .. ScenarioKeys.NothingMoves,
        ];

        Assert.All(keys, key => Assert.Contains($"`{key}`", documentation, StringComparison.Ordinal));
    }

    [Fact]
    public void Europe_at_table_and_kept_out_differ_only_in_who_is_excluded()
    {
        var atTable = ScenarioLoader.Load(Path.Combine(ScenarioFolder, "europe-at-table.yaml"));
        var keptOut = ScenarioLoader.Load(Path.Combine(ScenarioFolder, "europe-kept-out.yaml"));

        Assert.DoesNotContain(atTable.Events, e => e is ExcludeEvent or IncludeEvent);
        Assert.Contains(keptOut.Events, e => e is ExcludeEvent);
        Assert.Equal(Comparable(atTable.Events), Comparable(keptOut.Events.Where(e => e is not (ExcludeEvent or IncludeEvent))));
        Assert.Equal(atTable.Issues, keptOut.Issues);
        Assert.Equal((atTable.Rounds, atTable.Seed, atTable.Models), (keptOut.Rounds, keptOut.Seed, keptOut.Models));
        Assert.Equal(atTable.StopWhen, keptOut.StopWhen);
    }

    // Locations and notes differ between the two files; what happens must not.
    private static List<string> Comparable(IEnumerable<ScenarioEvent> events) =>
        events.Select(e => e switch
        {
            ProposeEvent p => $"{p.Round} propose {p.From}>{p.To} {string.Join(",", p.Terms)}",
            ForumEvent f => $"{f.Round} forum {f.Name} {string.Join(",", f.Members)} {string.Join(",", f.Issues)}",
            ShockEvent s => $"{s.Round} shock {s.Actor} {s.Issue} {s.Set} {s.Shift}",
            _ => $"{e.Round} {e.GetType().Name}",
        }).ToList();

    private static JsonDocument Schema() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(ScenarioFolder, "scenario.schema.json")));

    private static List<string> PropertiesOf(JsonElement schemaObject) =>
        schemaObject.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();

    private static List<string> Required(JsonElement schemaObject) =>
        schemaObject.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).ToList();
}
