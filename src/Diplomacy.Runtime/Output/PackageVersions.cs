using System.Reflection;
using System.Text.RegularExpressions;

namespace Diplomacy.Runtime.Output;

/// <summary>
/// Package versions as a reader expects them: "10.4.2", not the informational version some
/// packages stamp ("10.4.2. Commit Hash: 1a2b…+1a2b…", "1.20.1+9f3e…").
/// </summary>
public static partial class PackageVersions
{
    public static string Clean(Assembly assembly) =>
        Clean(assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion)
            ?? Clean(assembly.GetName().Version?.ToString())
            ?? "unknown";

    /// <summary>The leading version number with its pre-release label, or null when the text starts with none.</summary>
    public static string? Clean(string? informationalVersion)
    {
        if (informationalVersion is null)
        {
            return null;
        }

        var match = LeadingVersion().Match(informationalVersion.Trim());
        return match.Success ? match.Value.TrimEnd('.', '-') : null;
    }

    [GeneratedRegex(@"^\d+(\.\d+)*(-[0-9A-Za-z][0-9A-Za-z.-]*)?")]
    private static partial Regex LeadingVersion();
}
