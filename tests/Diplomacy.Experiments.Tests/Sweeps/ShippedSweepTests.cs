using System.Text.Json;
using Diplomacy.Experiments.Scoring;
using Diplomacy.Experiments.Sweeps;
using Diplomacy.Model.Uncertainty;

namespace Diplomacy.Experiments.Tests.Sweeps;

public sealed class ShippedSweepTests
{
    private static string Folder => Path.Combine(ShippedFiles.Scenarios, "sweeps");

    public static TheoryData<string> Sweeps()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(ShippedFiles.Scenarios, "sweeps"), "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sweeps))]
    public void Each_shipped_sweep_loads_points_editors_at_the_schema_and_is_named_after_its_file(string file)
    {
        var path = Path.Combine(Folder, file);

        var sweep = SweepFileReader.Load(path);

        Assert.Equal("# yaml-language-server: $schema=../sweep.schema.json", File.ReadLines(path).First());
        Assert.Equal(Path.GetFileNameWithoutExtension(file), sweep.Name);
        Assert.NotEmpty(sweep.Description);
        Assert.Equal(UncertaintySpec.FromConfidence, sweep.Scenario.Uncertainty);
    }

    [Fact]
    public void The_shipped_examples_are_the_europe_pair_a_grid_over_one_lever_and_1000_replicates_of_the_baseline()
    {
        var atTable = SweepFileReader.Load(Path.Combine(Folder, "europe-at-table-uncertain.yaml"));
        var keptOut = SweepFileReader.Load(Path.Combine(Folder, "europe-kept-out-uncertain.yaml"));
        Assert.Equal((atTable.Seed, atTable.RunCount, "europe-at-table"), (keptOut.Seed, keptOut.RunCount, atTable.Scenario.Name));
        Assert.Equal("europe-kept-out", keptOut.Scenario.Name);

        var grid = SweepFileReader.Load(Path.Combine(Folder, "russia-capability-grid.yaml"));
        Assert.Equal(["actors.russia.capability"], grid.Paths.Select(p => p.Path));

        var baseline = SweepFileReader.Load(Path.Combine(Folder, "baseline-1000.yaml"));
        Assert.Equal((1, 1000, "talks-as-announced"), (baseline.Sets.Count, baseline.RunCount, baseline.Scenario.Name));
    }

    [Fact]
    public void The_schema_declares_exactly_the_keys_the_reader_reads_and_the_docs_name_them()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(ShippedFiles.Scenarios, "sweep.schema.json")));

        Assert.Equal(SweepKeys.TopLevel, schema.RootElement.GetProperty("properties").EnumerateObject().Select(p => p.Name));
        var documentation = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "sweep-format.md"));
        Assert.All(SweepKeys.TopLevel, key => Assert.Contains($"`{key}`", documentation, StringComparison.Ordinal));
    }

    [Fact]
    public void The_illustrative_observations_load_and_say_they_are_illustrative()
    {
        var path = Path.Combine(ShippedFiles.Scenarios, "observations", "illustrative-outcomes.yaml");

        var observations = ObservationsReader.Load(path);

        Assert.StartsWith("# ILLUSTRATIVE ONLY.", File.ReadLines(path).First(), StringComparison.Ordinal);
        Assert.Contains(observations, o => o is AgreementObservation { Happened: false });
        Assert.Contains(observations, o => o is StanceObservation);
        Assert.All(observations, o => Assert.StartsWith("Illustrative", o.Note, StringComparison.Ordinal));
    }
}
