using System.Globalization;

namespace Diplomacy.Runtime.Hosting;

/// <summary>
/// The file through which a silo tells a probe on the same machine (<c>diplomacy health</c>, the
/// container health check) that it is an active member of its cluster. The silo rewrites it every
/// <see cref="Interval"/> while Orleans reports it <c>Active</c>, and deletes it when it is not or
/// when it stops; a probe trusts it only while it is fresh, so a wedged silo goes stale. One file
/// per gateway port, in the temporary folder, so silos sharing a machine do not mix.
/// This type touches no Orleans, so the probe stays a quick process.
/// </summary>
public static class SiloHealthFile
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    /// <summary>How old the file may be and still count: a few missed beats, not one slow one.</summary>
    public static readonly TimeSpan MaximumAge = 4 * Interval;

    private const string ActiveLine = "active";

    public static string PathFor(int gatewayPort) =>
        Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"diplomacy-silo-{gatewayPort}.health"));

    /// <summary>Records "active at <paramref name="now"/>"; written beside and moved into place, so a probe never reads half a file.</summary>
    public static void WriteActive(string path, DateTimeOffset now)
    {
        var staged = path + ".new";
        File.WriteAllText(staged, string.Create(CultureInfo.InvariantCulture, $"{ActiveLine}\n{now.UtcDateTime:O}\n"));
        File.Move(staged, path, overwrite: true);
    }

    public static void Delete(string path) => File.Delete(path);

    /// <summary>Null when the silo at the file counts as active at <paramref name="now"/>, else why not.</summary>
    public static string? Problem(string path, DateTimeOffset now)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return $"no {path}: the silo has not joined its cluster, or has stopped";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"cannot read {path}: {e.Message}";
        }

        if (lines is not [ActiveLine, var stamp]
            || !DateTimeOffset.TryParse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var written))
        {
            return $"{path} is not a silo health file";
        }

        var age = now - written;
        return age <= MaximumAge
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"{path} is {age.TotalSeconds:F0} s old: the silo stopped reporting (at most {MaximumAge.TotalSeconds:F0} s)");
    }
}
