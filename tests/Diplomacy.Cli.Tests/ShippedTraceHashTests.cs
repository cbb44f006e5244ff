using System.Security.Cryptography;
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
        var approved = await ApprovedAsync();
        foreach (var seed in Seeds)
        {
            var name = $"{scenario}-{seed}";
            var (exit, _, error) = await CliRun.RunAsync(
                "run", CliRun.ShippedScenario($"{scenario}.yaml"), "--seed", $"{seed}", "--out", _temp.Sub(name), "--quiet");
            Assert.True(exit == ExitCodes.Success, error);
            foreach (var file in new[] { "trace.jsonl", "stances.csv" })
            {
                var key = $"{name}/{file}";
                Assert.True(approved.ContainsKey(key), $"no approved hash for {key}");
                var actual = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(_temp.Sub(name, file))));
                Assert.True(approved[key] == actual, $"{key} changed: approved {approved[key]}, now {actual}");
            }
        }
    }

    private static async Task<Dictionary<string, string>> ApprovedAsync()
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "Approved", "shipped-traces.sha256"));
        return lines
            .Where(line => line.Length > 0)
            .Select(line => line.Split("  ", 2))
            .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);
    }
}
