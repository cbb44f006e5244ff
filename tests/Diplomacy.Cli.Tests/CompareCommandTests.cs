using Diplomacy.Cli.CommandLine;
using Parquet;

namespace Diplomacy.Cli.Tests;

public sealed class CompareCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Comparing_two_shipped_scenarios_prints_both_final_stances_and_writes_combined_plots_and_report()
    {
        var folder = _temp.Sub("cmp");

        var (exit, output, _) = await CliRun.RunAsync(
            "compare", CliRun.ShippedScenario("europe-at-table.yaml"), CliRun.ShippedScenario("europe-kept-out.yaml"), "--rounds", "3", "--seed", "5", "--out", folder);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("europe-at-table  europe-kept-out  difference", output, StringComparison.Ordinal);
        Assert.Contains("Agreed under europe-at-table", output, StringComparison.Ordinal);
        Assert.Contains("Agreed under europe-kept-out", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "report.html")));
        Assert.True(File.Exists(Path.Combine(folder, "compare-europe-at-table.png")));
        Assert.True(File.Exists(Path.Combine(folder, "compare-europe-at-table.svg")));
        Assert.True(File.Exists(Path.Combine(folder, "europe-at-table", "trace.jsonl")));
        Assert.True(File.Exists(Path.Combine(folder, "europe-kept-out", "stances.csv")));
    }

    [Fact]
    public async Task Run_with_parquet_and_quiet_prints_only_the_folder_and_writes_parquet_tables_plots_and_report()
    {
        var folder = _temp.Sub("run");

        var (exit, output, _) = await CliRun.RunAsync(
            "run", CliRun.ShippedScenario("talks-as-announced.yaml"), "--rounds", "2", "--format", "parquet", "--quiet", "--out", folder);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal(folder + Environment.NewLine, output);
        Assert.False(File.Exists(Path.Combine(folder, "stances.csv")));
        Assert.True(File.Exists(Path.Combine(folder, "trace.jsonl")));
        Assert.True(File.Exists(Path.Combine(folder, "report.html")));
        Assert.NotEmpty(Directory.GetFiles(folder, "stances-*.png"));
        foreach (var table in new[] { "stances.parquet", "trace.parquet" })
        {
            await using var reader = await ParquetReader.CreateAsync(Path.Combine(folder, table));
            Assert.True(reader.RowGroups.Sum(g => g.RowCount) > 0);
        }
    }

    [Theory]
    [InlineData("compare", "a.yaml")]
    [InlineData("compare", "a.yaml", "b.yaml", "c.yaml")]
    [InlineData("run", "a.yaml", "--format", "xlsx")]
    [InlineData("run", "a.yaml", "--otel", "zipkin")]
    [InlineData("run", "a.yaml", "--otlp-endpoint", "http://localhost:4317")]
    [InlineData("run", "a.yaml", "--otel", "otlp", "--otlp-endpoint", "localhost")]
    public async Task Option_mistakes_exit_with_code_2(params string[] args)
    {
        var (exit, _, error) = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("diplomacy: ", error, StringComparison.Ordinal);
    }
}
