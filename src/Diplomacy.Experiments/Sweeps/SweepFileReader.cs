using System.Globalization;
using System.Security.Cryptography;
using Diplomacy.Model.Uncertainty;
using Diplomacy.Model.World;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Input;
using Diplomacy.Scenarios.Parameters;
using Diplomacy.Scenarios.Scenario;
using Diplomacy.Scenarios.Uncertainty;
using Diplomacy.Scenarios.Yaml;
using YamlDotNet.RepresentationModel;

namespace Diplomacy.Experiments.Sweeps;

/// <summary>
/// Reads a sweep file (docs/sweep-format.md), loads the scenario it names, and checks every key,
/// parameter path and value against that scenario. All mistakes are reported together, each at
/// file:line:column, like a scenario file's; nothing runs until the whole file is right.
/// </summary>
public sealed class SweepFileReader
{
    private readonly YamlNodeReader _reader;
    private readonly List<ScenarioParameter> _paths = [];

    private SweepFileReader(YamlNodeReader reader) => _reader = reader;

    /// <exception cref="InputException">Every mistake in the sweep file, the scenario or its world, located.</exception>
    public static Sweep Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new InputException(new InputError(new SourceLocation(path, 1, 1), "this is a directory; expected a sweep file (.yaml)"));
        }

        var file = YamlDocumentReader.Load(path, InputKind.Sweep);
        PlainData.RejectTags(file.Reader, file.Root);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        return new SweepFileReader(file.Reader).Read(file, sha256);
    }

    private Sweep Read(YamlFile file, string sha256)
    {
        if (_reader.Mapping(file.Root, "the sweep", SweepKeys.TopLevel) is not { } top)
        {
            throw Failure();
        }

        var name = top.Required("name") is { } nameNode ? ScenarioNames.Read(_reader, nameNode, "'name'") : null;
        var description = top.OptionalString("description") ?? string.Empty;
        var scenario = LoadScenario(top, file.File);
        var seed = top.OptionalInt("seed", 0, int.MaxValue) ?? 0;
        IReadOnlyList<string> uncertaintySettings = [];
        if (scenario is not null && top.Optional("uncertainty") is { } uncertaintyNode)
        {
            var reading = UncertaintyReader.Read(_reader, uncertaintyNode, "'uncertainty'");
            if (reading.Given && reading.Spec != scenario.Uncertainty)
            {
                // 'none' is the same draw as spreads of 0: every position keeps its seeded value.
                var spec = reading.Spec ?? new UncertaintySpec(0, 0, 0);
                uncertaintySettings = [.. UncertaintySpec.Confidences.Select(c => string.Create(CultureInfo.InvariantCulture, $"uncertainty.{YamlNodeReader.WordOf(c)}={ParameterValue.Of(spec.SpreadOf(c)).Text}"))];
                scenario = scenario with { Uncertainty = reading.Spec };
            }
        }

        var sets = scenario is null ? [] : ReadSets(top, scenario);
        var replicates = ReplicatesReader.Read(_reader, top, seed);
        if (!_reader.HasErrors && replicates is not null && (long)sets.Count * replicates.Count > SweepLimits.MaxRuns)
        {
            var at = top.Has("replicates") ? top.LocationOf("replicates") : top.Has("grid") ? top.LocationOf("grid") : top.Location;
            _reader.Report(at, string.Create(
                CultureInfo.InvariantCulture,
                $"this sweep would make {(long)sets.Count * replicates.Count:N0} runs ({sets.Count:N0} parameter sets × {replicates.Count:N0} replicates); a sweep makes at most {SweepLimits.MaxRuns:N0}: split it into several sweeps"));
        }

        if (_reader.HasErrors || name is null || scenario is null || replicates is null)
        {
            throw Failure();
        }

        return new Sweep(name, description, file.File, sha256, scenario, seed, sets, _paths, replicates) { UncertaintySettings = uncertaintySettings };
    }

    private Scenario? LoadScenario(YamlMappingReader top, string sweepPath)
    {
        if (top.Required("scenario") is not { } node || _reader.String(node, "'scenario'") is not { } written)
        {
            return null;
        }

        if (WorldPaths.RefusedReason(written, "scenario") is { } reason)
        {
            _reader.Report(node, reason);
            return null;
        }

        var resolved = WorldPaths.Resolve(sweepPath, written);
        if (!File.Exists(resolved))
        {
            _reader.Report(node, $"scenario file not found: {resolved} ('scenario' is read relative to the sweep file's folder)");
            return null;
        }

        try
        {
            return ScenarioLoader.Load(resolved);
        }
        catch (InputException e)
        {
            foreach (var error in e.Errors)
            {
                _reader.Report(error.Location, error.Message);
            }

            return null;
        }
    }

    /// <summary>Every set of 'sets' (or one empty set) combined with every point of 'grid' (or none): sets outer, grid inner.</summary>
    private List<ParameterSet> ReadSets(YamlMappingReader top, Scenario scenario)
    {
        var listed = top.Optional("sets") is { } setsNode ? ReadListedSets(setsNode, scenario) : [ParameterSet.Empty];
        var grid = top.Optional("grid") is { } gridNode ? ReadGrid(gridNode, scenario) : [];
        var listedPaths = listed.SelectMany(s => s.Settings).Select(s => s.Parameter.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var (parameter, _, keyNode) in grid)
        {
            if (listedPaths.Contains(parameter.Path))
            {
                _reader.Report(keyNode, $"'{parameter.Path}' is given in 'grid' and in 'sets'; give each parameter in one of them");
            }
        }

        if ((long)listed.Count * grid.Aggregate(1L, (product, axis) => product * Math.Max(1, axis.Values.Count)) > SweepLimits.MaxRuns)
        {
            _reader.Report(top.LocationOf("grid"), $"the grid and sets make more than {SweepLimits.MaxRuns:N0} parameter sets; a sweep makes at most {SweepLimits.MaxRuns:N0} runs");
            return [];
        }

        var points = new List<IReadOnlyList<ParameterSetting>> { Array.Empty<ParameterSetting>() };
        foreach (var (parameter, values, _) in grid)
        {
            points = [.. points.SelectMany(point => values.Select(value => (IReadOnlyList<ParameterSetting>)[.. point, new ParameterSetting(parameter, value)]))];
        }

        return [.. listed.SelectMany(set => points.Select(point => new ParameterSet([.. set.Settings, .. point])))];
    }

    private List<ParameterSet> ReadListedSets(YamlNode node, Scenario scenario)
    {
        var sets = new List<ParameterSet>();
        if (_reader.Sequence(node, "'sets'") is not { } items)
        {
            return sets;
        }

        if (items.Count == 0)
        {
            _reader.Report(node, "'sets' must list at least one parameter set; leave it out to run the scenario as written");
        }

        foreach (var item in items)
        {
            if (item is not YamlMappingNode mapping)
            {
                _reader.Report(item, $"each item of 'sets' must be a mapping of PATH: VALUE; got {YamlNodeReader.Describe(item)}");
                continue;
            }

            var settings = new List<ParameterSetting>();
            foreach (var (key, valueNode) in mapping.Children)
            {
                if (Parameter(key, scenario) is { } parameter && Value(valueNode, parameter) is { } value)
                {
                    settings.Add(new ParameterSetting(parameter, value));
                }
            }

            sets.Add(new ParameterSet(settings));
        }

        return sets;
    }

    private List<(ScenarioParameter Parameter, IReadOnlyList<ParameterValue> Values, YamlNode Key)> ReadGrid(YamlNode node, Scenario scenario)
    {
        var axes = new List<(ScenarioParameter, IReadOnlyList<ParameterValue>, YamlNode)>();
        if (node is not YamlMappingNode mapping)
        {
            _reader.Report(node, $"'grid' must be a mapping of PATH: [values] or PATH: {{ from, to, step }}; got {YamlNodeReader.Describe(node)}");
            return axes;
        }

        if (mapping.Children.Count == 0)
        {
            _reader.Report(node, "'grid' must vary at least one parameter; leave it out to run the scenario as written");
        }

        foreach (var (key, valuesNode) in mapping.Children)
        {
            var parameter = Parameter(key, scenario);
            var values = valuesNode is YamlMappingNode ? ReadRange(valuesNode, key) : ReadValueList(valuesNode, key, parameter);
            if (parameter is not null && values is not null)
            {
                foreach (var (value, at) in values)
                {
                    if (parameter.Check(value) is { } problem)
                    {
                        _reader.Report(at, $"{parameter.Path} {problem}");
                    }
                }

                axes.Add((parameter, values.Select(v => v.Value).ToList(), key));
            }
        }

        return axes;
    }

    private List<(ParameterValue Value, YamlNode At)>? ReadValueList(YamlNode node, YamlNode key, ScenarioParameter? parameter)
    {
        if (_reader.Sequence(node, $"the values of '{(key as YamlScalarNode)?.Value}' in 'grid'") is not { } items)
        {
            return null;
        }

        if (items.Count == 0)
        {
            _reader.Report(node, $"'{(key as YamlScalarNode)?.Value}' in 'grid' must list at least one value");
            return null;
        }

        var values = new List<(ParameterValue Value, YamlNode At)>();
        foreach (var item in items)
        {
            if (Scalar(item) is { } value)
            {
                if (values.Any(v => v.Value.Text == value.Text))
                {
                    _reader.Report(item, $"{parameter?.Path ?? "the parameter"} is given the value {value.Text} twice in 'grid'");
                }

                values.Add((value, item));
            }
        }

        return values;
    }

    /// <summary>{ from: A, to: B, step: C }: A, A + C, A + 2C, … up to B (computed as A + k·C, never summed, so no error piles up).</summary>
    private List<(ParameterValue Value, YamlNode At)>? ReadRange(YamlNode node, YamlNode key)
    {
        var what = $"the range of '{(key as YamlScalarNode)?.Value}' in 'grid'";
        if (_reader.Mapping(node, what, SweepKeys.Range) is not { } range)
        {
            return null;
        }

        var from = range.RequiredDouble("from");
        var to = range.RequiredDouble("to");
        var step = range.RequiredDouble("step");
        if (from is null || to is null || step is null)
        {
            return null;
        }

        if (step <= 0 || to < from)
        {
            _reader.Report(node, $"{what} must have 'step' above 0 and 'to' at or above 'from'; got from {from}, to {to}, step {step}");
            return null;
        }

        // A hair of tolerance so that 0.1 steps from 0 reach 1 although 10 × 0.1 is not exactly 1 in binary.
        var count = Math.Floor(((to.Value - from.Value) / step.Value) + 1e-9) + 1;
        if (count > SweepLimits.MaxRuns)
        {
            _reader.Report(node, $"{what} has {count:N0} values; a sweep makes at most {SweepLimits.MaxRuns:N0} runs");
            return null;
        }

        return Enumerable.Range(0, (int)count).Select(k => (ParameterValue.Of(from.Value + (k * step.Value)), node)).ToList();
    }

    private ScenarioParameter? Parameter(YamlNode key, Scenario scenario)
    {
        if (_reader.String(key, "a parameter path") is not { } path)
        {
            return null;
        }

        var parameter = ParameterPaths.Resolve(scenario, path, out var error);
        if (parameter is null)
        {
            _reader.Report(key, error);
            return null;
        }

        if (_paths.All(p => p.Path != parameter.Path))
        {
            _paths.Add(parameter);
        }

        return _paths.First(p => p.Path == parameter.Path);
    }

    private ParameterValue? Value(YamlNode node, ScenarioParameter parameter)
    {
        if (Scalar(node) is not { } value)
        {
            return null;
        }

        if (parameter.Check(value) is { } problem)
        {
            _reader.Report(node, $"{parameter.Path} {problem}");
            return null;
        }

        return value;
    }

    /// <summary>A plain value: a number or true/false unquoted, a word either way (a quoted "3" is the word 3, and then wrong for a number).</summary>
    private ParameterValue? Scalar(YamlNode node)
    {
        if (node is not YamlScalarNode scalar || YamlNodeReader.IsNull(node))
        {
            _reader.Report(node, $"a parameter value must be a number, true, false or a word; got {YamlNodeReader.Describe(node)}");
            return null;
        }

        return scalar.Style is YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any
            ? ParameterValue.Parse(scalar.Value ?? string.Empty)
            : ParameterValue.Word(scalar.Value ?? string.Empty);
    }

    /// <summary>Every error, the sweep file's first in file order, then the scenario's and its world's.</summary>
    private InputException Failure() =>
        new(_reader.Errors
            .OrderBy(e => e.Location.File == _reader.File ? 0 : 1)
            .ThenBy(e => e.Location.File, StringComparer.Ordinal)
            .ThenBy(e => e.Location.Line)
            .ThenBy(e => e.Location.Column)
            .ToList());
}
