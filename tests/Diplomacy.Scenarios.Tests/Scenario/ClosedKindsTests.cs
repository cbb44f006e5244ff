using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Tests.Scenario;

/// <summary>
/// Event and stop-condition kinds are closed sets: every key the file format lists is read into a
/// type of its own, and every type can be written in a file. A new kind that the reader does not
/// read, or a type no key produces, fails here (and the engine's visitors fail to compile).
/// </summary>
public sealed class ClosedKindsTests : IDisposable
{
    private const string Header = """
        name: kinds
        world: world.yaml
        issues: [territory, nato-membership]
        rounds: 6

        """;

    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> EventSamples => new()
    {
        { "propose", "{ from: united-states, to: russia, terms: { territory: 70 } }" },
        { "shock", "{ actor: russia, issue: territory, shift: -10 }" },
        { "exclude", "[ukraine]" },
        { "include", "[france]" },
        { "forum", "{ name: riyadh, members: [united-states, russia] }" },
    };

    [Fact]
    public void Every_event_kind_of_the_format_has_a_sample_here()
    {
        Assert.Equal(ScenarioKeys.EventKinds.Order(StringComparer.Ordinal), EventSamples.Select(row => (string)row[0]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_event_kind_is_read_into_a_type_of_its_own_and_every_event_type_has_a_kind()
    {
        var kinds = new Dictionary<string, Type>(StringComparer.Ordinal);
        foreach (var row in EventSamples)
        {
            var (kind, body) = ((string)row[0], (string)row[1]);

            // An include needs its actor excluded first, in an earlier round.
            var before = kind == "include" ? "  - round: 1\n    note: Article line 1.\n    exclude: [france]\n" : string.Empty;
            var events = _folder.Load(_folder.Write($"{kind}.yaml", $"{Header}events:\n{before}  - round: 2\n    note: Article line 2.\n    {kind}: {body}\n")).Events;
            kinds[kind] = events[^1].GetType();
        }

        Assert.Equal(kinds.Count, kinds.Values.Distinct().Count());
        Assert.Equal(ConcreteSubtypesOf<ScenarioEvent>(), kinds.Values.OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    [Fact]
    public void Every_stop_condition_kind_is_read_into_a_type_of_its_own_and_every_type_has_a_kind()
    {
        var scenario = _folder.Load(_folder.Write("stops.yaml", Header + """
            stop-when:
              - agreement: territory
              - converge: { issue: territory, spread: 5 }
              - nothing-moves: { tolerance: 0.01 }
            """));

        Assert.Equal(ScenarioKeys.StopConditions.Count, scenario.StopWhen.Count);
        Assert.Equal(ConcreteSubtypesOf<StopCondition>(), scenario.StopWhen.Select(s => s.GetType()).OrderBy(t => t.Name, StringComparer.Ordinal));
    }

    private static IEnumerable<Type> ConcreteSubtypesOf<T>() =>
        typeof(T).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(T)) && !t.IsAbstract).OrderBy(t => t.Name, StringComparer.Ordinal);
}
