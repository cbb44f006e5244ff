using System.Text.Encodings.Web;
using System.Text.Json;
using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Output;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>
/// Wall-clock figures of a sweep, in milliseconds; they vary between runs, so only sweep.json holds
/// them. <paramref name="RunsMilliseconds"/>: running (and committing) the runs this process ran;
/// <paramref name="OutputsMilliseconds"/>: aggregates, fan charts and report. <paramref name="ResumedRuns"/>:
/// runs an earlier process had finished.
/// </summary>
public sealed record SweepTimings(DateTimeOffset StartedAt, double SiloStartMilliseconds, double RunsMilliseconds, double OutputsMilliseconds, int RunsRun, int ResumedRuns)
{
    /// <summary>Runs per second of the runs this process ran.</summary>
    public double RunsPerSecond => RunsMilliseconds > 0 ? RunsRun / (RunsMilliseconds / 1000) : 0;
}

/// <summary>
/// <c>sweep.json</c>: what a finished sweep folder holds and came from (its <see cref="SweepIdentity"/>,
/// the seed rule, counts, versions) and the timings, which live here only so that the tables stay
/// byte-identical between sweeps.
/// </summary>
public sealed record SweepManifest(
    SweepIdentity Identity,
    string Description,
    string Scenario,
    int Seed,
    string Seeds,
    int Sets,
    int Replicates,
    int Runs,
    int Failed,
    IReadOnlyList<string> Parameters,
    IReadOnlyDictionary<string, string> Packages,
    SweepTimings Timings)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static SweepManifest Create(Sweep sweep, SweepIdentity identity, int failed, SweepTimings timings)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        var seeds = sweep.Replicates.Listed
            ? "listed in the sweep file"
            : $"derived: replicate r runs with the first output of xoshiro256** stream 'replicate/{sweep.Seed}/r' shifted right by 33 bits";
        var packages = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [".NET"] = Environment.Version.ToString(),
            ["Diplomacy.Runtime"] = PackageVersions.Clean(typeof(SweepManifest).Assembly),
            ["Microsoft.Orleans"] = PackageVersions.Clean(typeof(IGrainFactory).Assembly),
        };
        return new SweepManifest(
            identity,
            sweep.Description,
            sweep.Scenario.Name,
            sweep.Seed,
            seeds,
            sweep.Sets.Count,
            sweep.Replicates.Count,
            sweep.RunCount,
            failed,
            [.. sweep.Paths.Select(p => p.Path)],
            packages,
            timings);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
