using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Tests.Scenario;

/// <summary>The loader's less travelled paths: where 'world' leads, tags, stop conditions, and the order of errors from two files.</summary>
public sealed class ScenarioLoaderEdgeTests : IDisposable
{
    private const string Header = """
        name: edge-test
        world: world.yaml
        issues: [territory, nato-membership]
        rounds: 6

        """;

    private readonly ScenarioFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private InputError SingleError(string name, string text) =>
        Assert.Single(Assert.Throws<InputException>(() => _folder.Load(_folder.Write(name, text))).Errors);

    [Fact]
    public void A_world_that_is_a_directory_is_refused_at_the_world_key()
    {
        Directory.CreateDirectory(Path.Combine(_folder.Path, "worlds"));

        var error = SingleError("dir.yaml", Header.Replace("world.yaml", "worlds", StringComparison.Ordinal));

        Assert.Equal((2, 8), (error.Location.Line, error.Location.Column));
        Assert.Equal($"'world' names a directory, {Path.Combine(_folder.Path, "worlds")}; expected a world file", error.Message);
    }

    [Fact]
    public void A_relative_scenario_path_gives_a_world_path_relative_to_the_current_directory()
    {
        var path = _folder.Write("relative.yaml", Header);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        string? asked = null;

        var scenario = ScenarioLoader.Load(relative, p =>
        {
            asked = p;
            return _folder.World;
        });

        Assert.Equal(Path.GetRelativePath(Directory.GetCurrentDirectory(), Path.Combine(_folder.Path, "world.yaml")), asked);
        Assert.False(Path.IsPathRooted(asked));
        Assert.Equal(asked, scenario.WorldFile);
    }

    [Fact]
    public void The_scenario_s_errors_come_first_then_each_world_file_s_by_name_line_and_column()
    {
        var path = _folder.Write("both.yaml", Header.Replace("rounds: 6", "rounds: 0", StringComparison.Ordinal));
        InputError[] worldErrors =
        [
            new(new SourceLocation("b.world.yaml", 1, 1), "b first"),
            new(new SourceLocation("a.world.yaml", 9, 2), "a third"),
            new(new SourceLocation("a.world.yaml", 9, 1), "a second"),
            new(new SourceLocation("a.world.yaml", 2, 7), "a first"),

            // '-' sorts before the '/' that starts the scenario's own path: the scenario still comes first.
            new(new SourceLocation("-.world.yaml", 1, 1), "dash first"),
        ];

        var errors = Assert.Throws<InputException>(() => ScenarioLoader.Load(path, _ => throw new InputException(worldErrors))).Errors;

        Assert.Equal([path, "-.world.yaml", "a.world.yaml", "a.world.yaml", "a.world.yaml", "b.world.yaml"], errors.Select(e => e.Location.File));
        Assert.Equal(["'rounds' of the scenario must be between 1 and 1000; got 0", "dash first", "a first", "a second", "a third", "b first"], errors.Select(e => e.Message));
    }

    [Fact]
    public void A_world_that_is_a_device_is_refused_by_what_it_is()
    {
        var error = SingleError("device.yaml", Header.Replace("world.yaml", "/dev/null", StringComparison.Ordinal));

        Assert.Equal((2, 8), (error.Location.Line, error.Location.Column));
        Assert.Equal("'world' names a character device, /dev/null; expected a regular world file", error.Message);
    }

    [Fact]
    public void A_tag_anywhere_is_refused_and_a_custom_one_is_shown_as_written()
    {
        var error = SingleError("tag.yaml", Header + "description: !custom hello\n");

        Assert.Equal("YAML tags are not allowed in a scenario, which is plain data; remove '!custom'", error.Message);
        Assert.Equal((5, 14), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Tags_inside_lists_and_as_keys_are_each_reported_once_even_through_an_alias()
    {
        var path = _folder.Write("tags.yaml", Header + """
            events:
              - round: 1
                exclude: &who [!!str ukraine]
                note: Article line 1.
              - round: 2
                include: *who
                note: Article line 2.
            """);

        var errors = Assert.Throws<InputException>(() => _folder.Load(path)).Errors;

        var error = Assert.Single(errors);
        Assert.Equal("YAML tags are not allowed in a scenario, which is plain data; remove '!!str'", error.Message);
        Assert.Equal((7, 20), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void Stop_conditions_read_their_values_and_refuse_out_of_range_ones()
    {
        var scenario = _folder.Load(_folder.Write("stop.yaml", Header + """
            stop-when:
              - nothing-moves: { tolerance: 0 }
              - converge: { issue: territory, spread: 100 }
            """));

        Assert.Equal(new NothingMoves(0), scenario.StopWhen[0]);
        var converge = Assert.IsType<PositionsConverge>(scenario.StopWhen[1]);
        Assert.Equal(("territory", 100.0), (converge.Issue, converge.Spread));
        Assert.Empty(converge.Actors);

        var error = SingleError("far.yaml", Header + "stop-when:\n  - nothing-moves: { tolerance: 101 }\n");
        Assert.Equal("'tolerance' of 'nothing-moves' must be between 0 and 100; got 101", error.Message);
        Assert.Equal((6, 33), (error.Location.Line, error.Location.Column));
    }

    [Fact]
    public void A_stop_condition_without_a_kind_names_the_kinds()
    {
        var error = SingleError("none.yaml", Header + "stop-when:\n  - {}\n");

        Assert.Equal("a stop condition must have one of 'agreement', 'converge' or 'nothing-moves'; this one has none", error.Message);
        Assert.Equal((6, 5), (error.Location.Line, error.Location.Column));
    }
}
