namespace Diplomacy.Scenarios.Scenario;

/// <summary>
/// Where a scenario's 'world' points. Scenario files are data and must not reach the network,
/// so URLs and network shares are refused before anything touches the file system.
/// </summary>
public static class WorldPaths
{
    /// <summary>Why <paramref name="written"/> is refused as a world path, or null when it is a local path.</summary>
    /// <param name="key">The key that holds the path, for the message ('world' in a scenario, 'scenario' in a sweep file).</param>
    public static string? RefusedReason(string written, string key = "world")
    {
        ArgumentNullException.ThrowIfNull(written);
        if (written.Contains("://", StringComparison.Ordinal))
        {
            return $"'{key}' must be a local file path; got the URL '{written}' (scenario files never reach the network)";
        }

        if (written.StartsWith("//", StringComparison.Ordinal) || written.StartsWith(@"\\", StringComparison.Ordinal))
        {
            return $"'{key}' must be a local file path; got the network path '{written}' (scenario files never reach the network)";
        }

        if (written.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            return $"'{key}' holds a character no file path may contain";
        }

        return null;
    }

    /// <summary>
    /// <paramref name="written"/> relative to the scenario file's folder, printed relative to the
    /// current directory when both paths were relative, so that messages stay short and the same
    /// on every machine.
    /// </summary>
    public static string Resolve(string scenarioPath, string written)
    {
        ArgumentNullException.ThrowIfNull(scenarioPath);
        var combined = Path.Combine(Path.GetDirectoryName(scenarioPath) ?? string.Empty, written);
        var full = Path.GetFullPath(combined);
        return Path.IsPathRooted(scenarioPath) || Path.IsPathRooted(written)
            ? full
            : Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
    }
}
