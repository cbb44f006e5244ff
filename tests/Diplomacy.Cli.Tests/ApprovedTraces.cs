using System.Security.Cryptography;

namespace Diplomacy.Cli.Tests;

/// <summary>The approved SHA-256 of every shipped scenario's trace.jsonl and stances.csv (Approved/shipped-traces.sha256).</summary>
internal static class ApprovedTraces
{
    public static readonly string[] Files = ["trace.jsonl", "stances.csv"];

    /// <summary>"scenario-seed/file" → hash.</summary>
    public static async Task<Dictionary<string, string>> ReadAsync()
    {
        var lines = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "Approved", "shipped-traces.sha256"));
        return lines
            .Where(line => line.Length > 0)
            .Select(line => line.Split("  ", 2))
            .ToDictionary(parts => parts[1], parts => parts[0], StringComparer.Ordinal);
    }

    /// <summary>Asserts that the run folder holds the approved bytes of <paramref name="scenario"/> at <paramref name="seed"/>.</summary>
    public static async Task AssertApprovedAsync(string folder, string scenario, int seed)
    {
        var approved = await ReadAsync();
        foreach (var file in Files)
        {
            var key = $"{scenario}-{seed}/{file}";
            Assert.True(approved.ContainsKey(key), $"no approved hash for {key}");
            var actual = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(folder, file))));
            Assert.True(approved[key] == actual, $"{key} changed: approved {approved[key]}, now {actual}");
        }
    }
}
