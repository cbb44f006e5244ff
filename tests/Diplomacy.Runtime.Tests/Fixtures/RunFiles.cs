using Diplomacy.Runtime.Output;
using Diplomacy.Runtime.Results;
using Diplomacy.Runtime.Running;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Tests.Fixtures;

/// <summary>The two files a run promises to keep byte-identical, read back after a run into a folder.</summary>
public sealed record RunFiles(byte[] Trace, byte[] Stances, RunResult Result)
{
    public string TraceText => System.Text.Encoding.UTF8.GetString(Trace);

    public static async Task<RunFiles> RunAsync(IGrainFactory grains, Scenario scenario, string folder, RunOptions? options = null)
    {
        var result = await new ScenarioRunner(grains).RunToFolderAsync(scenario, options ?? new RunOptions(), folder);
        return new RunFiles(
            await File.ReadAllBytesAsync(Path.Combine(folder, RunFolder.TraceFile)),
            await File.ReadAllBytesAsync(Path.Combine(folder, RunFolder.StancesFile)),
            result);
    }
}
