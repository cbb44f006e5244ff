using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Diplomacy.Runtime.Results;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Runtime.Output;

/// <summary>
/// What a run's outputs came from: the scenario's and world's hashes, the seed, the models and
/// the package versions — and the timings, which live here only, so that the trace and the
/// stances stay byte-identical between runs.
/// </summary>
public sealed record RunManifest(
    string Run,
    string Scenario,
    string ScenarioFile,
    string? ScenarioSha256,
    string? WorldSha256,
    int Seed,
    int Rounds,
    int RoundsRun,
    string? StoppedBy,
    IReadOnlyDictionary<string, string> Models,
    IReadOnlyList<string> Parameters,
    IReadOnlyDictionary<string, string> Packages,
    RunTimings Timings)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static RunManifest Create(Scenario scenario, RunResult result, RunTimings timings)
    {
        var models = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["expectedUtility"] = scenario.Models.ExpectedUtility,
            ["concession"] = $"{scenario.Models.Concession.Tactic} (beta {scenario.Models.Concession.Beta.ToString("R", System.Globalization.CultureInfo.InvariantCulture)})",
            ["influence"] = scenario.Models.Influence.Enabled ? $"friedkin-johnsen, {scenario.Models.Influence.StepsPerRound} step(s) a round" : "off",
            ["Diplomacy.Model"] = PackageVersions.Clean(typeof(Diplomacy.Model.World.SeedWorld).Assembly),
        };
        if (scenario.Uncertainty is { } uncertainty)
        {
            models["uncertainty"] = string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"from-confidence (stated {uncertainty.Stated:R}, implied {uncertainty.Implied:R}, assumed {uncertainty.Assumed:R})");
        }

        var packages = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [".NET"] = Environment.Version.ToString(),
            ["diplomacy"] = ProductVersion.Full,
            ["Diplomacy.Runtime"] = PackageVersions.Clean(typeof(RunManifest).Assembly),
            ["Microsoft.Orleans"] = PackageVersions.Clean(typeof(IGrainFactory).Assembly),
            ["OpenTelemetry"] = PackageVersions.Clean(typeof(OpenTelemetry.Sdk).Assembly),
            ["ScottPlot"] = PackageVersions.Clean(typeof(ScottPlot.Plot).Assembly),
        };
        return new RunManifest(
            result.Run,
            scenario.Name,
            scenario.File,
            HashOf(scenario.File),
            HashOf(scenario.WorldFile),
            result.Seed,
            result.Rounds,
            result.RoundsRun,
            result.StoppedBy,
            models,
            scenario.Parameters,
            packages,
            timings);
    }

    /// <summary>Every file of the run's folder, this one included: how a later run knows the folder is ours to replace.</summary>
    public IReadOnlyList<string> Files { get; init; } = [];

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    // Null when the file is not on disk (a scenario built in code, as tests do).
    private static string? HashOf(string path) =>
        File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : null;
}

/// <summary>Wall-clock figures of one run, in milliseconds; they vary between runs, so only the manifest holds them.</summary>
public sealed record RunTimings(DateTimeOffset StartedAt, double SiloStartMilliseconds, double RunMilliseconds, double TotalMilliseconds);
