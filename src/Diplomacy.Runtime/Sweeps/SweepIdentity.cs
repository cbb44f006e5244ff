using System.Security.Cryptography;
using System.Text.Json;
using Diplomacy.Experiments.Sweeps;
using Diplomacy.Runtime.Tables;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Input;

namespace Diplomacy.Runtime.Sweeps;

/// <summary>
/// What makes a sweep's outputs what they are: the bytes of the sweep file, its scenario and its
/// world, the rounds, the table format and whether traces are kept. An output folder remembers it
/// (journal/header.json while running, sweep.json when done), so that a resume never mixes two
/// sweeps' runs in one table. <see cref="SweepFile"/> and <see cref="ScenarioFile"/> are kept as
/// given at the start: messages and the rerun commands use them.
/// </summary>
public sealed record SweepIdentity(
    string Name,
    string SweepFile,
    string SweepSha256,
    string ScenarioFile,
    string ScenarioSha256,
    string WorldSha256,
    int Runs,
    int Rounds,
    string Format,
    bool Traces)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static SweepIdentity Of(Sweep sweep, int rounds, TableFormat format, bool traces)
    {
        ArgumentNullException.ThrowIfNull(sweep);
        return new SweepIdentity(
            sweep.Name,
            sweep.File,
            sweep.Sha256,
            sweep.Scenario.File,
            HashOf(sweep.Scenario.File),
            HashOf(sweep.Scenario.WorldFile),
            sweep.RunCount,
            rounds,
            format == TableFormat.Parquet ? "parquet" : "csv",
            traces);
    }

    /// <summary>Null when a folder started with <paramref name="earlier"/> may be continued with this one, else what differs, in words.</summary>
    public string? DifferenceFrom(SweepIdentity earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        return (earlier.SweepSha256 != SweepSha256, earlier.ScenarioSha256 != ScenarioSha256, earlier.WorldSha256 != WorldSha256) switch
        {
            (true, _, _) when earlier.Name == Name => $"the sweep file changed since this sweep started (from {earlier.SweepFile})",
            (true, _, _) => $"it holds sweep '{earlier.Name}' (from {earlier.SweepFile}), not '{Name}'",
            (_, true, _) => $"the scenario {earlier.ScenarioFile} changed since this sweep started",
            (_, _, true) => "the world file changed since this sweep started",
            _ when earlier.Rounds != Rounds => $"it was started with {earlier.Rounds} rounds, not {Rounds} (--rounds)",
            _ when earlier.Format != Format => $"it was started with --format {earlier.Format}",
            _ when earlier.Traces != Traces => earlier.Traces ? "it was started with --traces" : "it was started without --traces",
            _ => null,
        };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The identity in a header or manifest file, or null when the file is missing or not one.</summary>
    public static SweepIdentity? Read(string path)
    {
        try
        {
            // Read as any user file is: a FIFO or a huge file where sweep.json should be is refused, not waited on.
            using var document = JsonDocument.Parse(InputFile.ReadText(path, InputKind.Sweep));
            var identity = document.RootElement.TryGetProperty("identity", out var nested) ? nested : document.RootElement;
            return identity.Deserialize<SweepIdentity>(Json);
        }
        catch (Exception e) when (e is InputException or IOException or JsonException or UnauthorizedAccessException or NotSupportedException)
        {
            return null;
        }
    }

    // Empty when the file is not on disk (a scenario built in code, as tests do).
    private static string HashOf(string path) => File.Exists(path) ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))) : "";
}
