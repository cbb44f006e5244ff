using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Reports;
using Diplomacy.Runtime.Sweeps;
using Diplomacy.Runtime.Tables;

namespace Diplomacy.Cli.Commands;

/// <summary>
/// <c>diplomacy compare SWEEP_DIR_A SWEEP_DIR_B [--out DIR [--force]] [--format csv|parquet] [--quiet]</c>: two
/// finished sweeps side by side. Prints, for each parameter set and issue, the probability of
/// agreement under each and the difference, and writes the difference table and report.html to DIR
/// (default <c>runs/compare-&lt;a&gt;-vs-&lt;b&gt;</c>).
/// </summary>
public static class SweepCompareCommand
{
    /// <summary>True when the two positionals are folders: compare then means two sweeps, not two scenarios.</summary>
    public static bool Applies(string[] args)
    {
        var positionals = new ArgumentReader(args, ScenarioArguments.Flags).Positionals;
        return positionals.Count == 2 && positionals.All(Directory.Exists);
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        var arguments = new ArgumentReader(args, ScenarioArguments.Flags);
        var outDirectory = arguments.Option("out");
        var force = arguments.Flag("force");
        var format = arguments.Choice("format", "csv", "csv", "parquet") == "parquet" ? TableFormat.Parquet : TableFormat.Csv;
        var quiet = arguments.Flag("quiet");
        arguments.RejectUnknown();
        arguments.ExpectPositionals(2);
        var (first, second) = (arguments.Positional(0, "first sweep folder"), arguments.Positional(1, "second sweep folder"));
        foreach (var folder in new[] { first, second })
        {
            if (!SweepTableReader.IsSweep(folder))
            {
                throw new UsageException($"{folder} is a folder but not a finished sweep (no {SweepFolder.ManifestFile}); compare takes two scenario files or two sweep folders");
            }
        }

        var (nameA, nameB) = (NameOf(first), NameOf(second));
        var rows = await SweepComparison.CompareAsync(first, second);
        var target = outDirectory ?? Path.Combine("runs", $"compare-{nameA}-vs-{nameB}");
        OutputFolder.Check(target, force);
        using (var staging = StagingFolder.Create(target))
        {
            await using (var table = TableWriter.Create(SweepComparison.Schema, format, staging.Working))
            {
                foreach (var row in rows)
                {
                    await table.WriteAsync(row);
                }
            }

            await File.WriteAllTextAsync(Path.Combine(staging.Working, RunOutputs.ReportFile), SweepCompareReport.Render(nameA, nameB, rows));
            OutputManifest.Write(staging, CompareCommand.Name, "a", first, "b", second);
            staging.Publish();
        }

        if (quiet)
        {
            await output.WriteLineAsync(target);
            return ExitCodes.Success;
        }

        await output.WriteLineAsync($"Probability of agreement: A = {nameA} ({first}), B = {nameB} ({second})");
        var width = Math.Max(5, rows.Select(r => r.Issue.Length).DefaultIfEmpty(0).Max());
        foreach (var set in rows.GroupBy(r => r.Parameters))
        {
            if (rows.Select(r => r.Parameters).Distinct().Count() > 1)
            {
                await output.WriteLineAsync($"{set.Key}:");
            }

            await output.WriteLineAsync($"  {"issue".PadRight(width)}  {"A",5}  {"B",5}  {"B - A",8}");
            foreach (var row in set)
            {
                await output.WriteLineAsync($"  {row.Issue.PadRight(width)}  {SweepCompareReport.Percent(row.ProbabilityA),5}  {SweepCompareReport.Percent(row.ProbabilityB),5}  {SweepCompareReport.Points(row.Difference),8}");
            }
        }

        await output.WriteLineAsync($"Report: {Path.Combine(target, RunOutputs.ReportFile)}");
        return ExitCodes.Success;
    }

    private static string NameOf(string folder) =>
        SweepIdentity.Read(Path.Combine(folder, SweepFolder.ManifestFile))?.Name ?? Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar));
}
