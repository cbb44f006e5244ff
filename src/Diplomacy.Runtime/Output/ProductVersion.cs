using System.Reflection;

namespace Diplomacy.Runtime.Output;

/// <summary>
/// The program's version and the source commit it was built from. The version is set in one place,
/// <c>VersionPrefix</c> in Directory.Build.props (semantic versioning); the SDK appends the git
/// commit as build metadata (<c>0.1.0+&lt;sha&gt;</c>), or <c>-p:SourceRevisionId=&lt;sha&gt;</c> does
/// where the sources have no .git (the Docker build). Every project shares both, so any of the
/// program's assemblies can tell.
/// </summary>
public static class ProductVersion
{
    private static readonly string Informational =
        typeof(ProductVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <summary>The semantic version, without build metadata: <c>0.1.0</c>.</summary>
    public static string Version => Informational.Split('+', 2)[0];

    /// <summary>The full git commit id the build came from, or null when the build did not know it.</summary>
    public static string? Commit => Informational.Split('+', 2) is [_, { Length: > 0 } commit] ? commit : null;

    /// <summary>The version with the commit as build metadata (<c>0.1.0+&lt;sha&gt;</c>), or the bare version.</summary>
    public static string Full => Commit is { } commit ? $"{Version}+{commit}" : Version;

    /// <summary>What <c>diplomacy --version</c> prints.</summary>
    public static string Describe() =>
        $"diplomacy {Version} (source commit {Commit ?? "unknown: built without git information"})";
}
