using Diplomacy.Grains;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Diplomacy.Runtime.Hosting;

/// <summary>
/// The one place that says how a silo is put together, so that the embedded silo, the test
/// clusters and (later) a clustered silo all host the same grains with the same storage. Only
/// clustering differs between them; storage comes in through <see cref="RunStorage.Name"/>.
/// </summary>
public static class ClusterSetup
{
    /// <summary>Grains, their storage (in memory) and nothing else: clustering is the caller's choice.</summary>
    public static ISiloBuilder AddDiplomacyGrains(this ISiloBuilder silo) =>
        silo.AddMemoryGrainStorage(RunStorage.Name);

    /// <summary>Orleans' activity propagation, only when asked for: it costs about 28 % throughput (ORLEANS-NOTES).</summary>
    public static ISiloBuilder AddDiplomacyTracing(this ISiloBuilder silo, bool enabled) =>
        enabled ? silo.AddActivityPropagation() : silo;

    /// <summary>Warnings and errors only, so the command's own output stays readable.</summary>
    public static void KeepLoggingQuiet(this IHostApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(options => options.SingleLine = true);
        builder.Logging.AddFilter(WorkstationGcWarningCategory, LogLevel.Error);
    }

    // Every silo warns that it is not on server GC; on 2 cores server GC gave no gain (ORLEANS-NOTES).
    private const string WorkstationGcWarningCategory = "Orleans.Runtime.Silo";
}
