using Diplomacy.Cli.CommandLine;

namespace Diplomacy.Cli.Tests;

/// <summary>
/// Refactors and speed work must not change a byte of what a shipped scenario produces. The
/// approved file holds the SHA-256 of trace.jsonl and stances.csv for every shipped scenario at
/// seeds 1, 7 and 2025; a change that is meant to alter results updates it and says why in the
/// commit.
/// </summary>
public sealed class ShippedTraceHashTests : IDisposable
{
    private static readonly int[] Seeds = [1, 7, 2025];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    public static TheoryData<string> Scenarios()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(CliRun.ShippedScenario("talks-as-announced.yaml"))!, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Every_shipped_scenario_gives_the_approved_bytes_at_seeds_1_7_and_2025(string scenario)
    {
        foreach (var seed in Seeds)
        {
            var name = $"{scenario}-{seed}";
            var (exit, _, error) = await CliRun.RunAsync(
                "run", CliRun.ShippedScenario($"{scenario}.yaml"), "--seed", $"{seed}", "--out", _temp.Sub(name), "--quiet");
            Assert.True(exit == ExitCodes.Success, error);
            await ApprovedTraces.AssertApprovedAsync(_temp.Sub(name), scenario, seed);
        }
    }
}
