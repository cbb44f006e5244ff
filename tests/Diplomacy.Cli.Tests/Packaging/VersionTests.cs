using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Diplomacy.Cli.CommandLine;
using Diplomacy.Runtime.Output;

namespace Diplomacy.Cli.Tests.Packaging;

/// <summary><c>--version</c> and manifest.json tell the version set once in Directory.Build.props, and the source commit.</summary>
public sealed partial class VersionTests : IDisposable
{
    private readonly TempFolder _temp = new("diplomacy-version-");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Version_prints_the_one_version_of_Directory_Build_props_and_the_source_commit()
    {
        var (exit, output, error) = await CliRun.RunAsync("--version");

        Assert.True(exit == ExitCodes.Success, error);
        var prefix = XDocument.Load(RepositoryFiles.PathOf("Directory.Build.props")).Descendants("VersionPrefix").Single().Value;
        Assert.Matches(SemanticVersion(), prefix);
        var commit = Directory.Exists(RepositoryFiles.PathOf(".git")) || File.Exists(RepositoryFiles.PathOf(".git"))
            ? Assert.IsType<string>(ProductVersion.Commit)
            : ProductVersion.Commit ?? "unknown: built without git information";
        Assert.Equal($"diplomacy {prefix} (source commit {commit})\n", output.ReplaceLineEndings("\n"));
        Assert.Equal(prefix, ProductVersion.Version);
    }

    [Fact]
    public void The_commit_is_a_full_git_object_id_when_known()
    {
        if (ProductVersion.Commit is { } commit)
        {
            Assert.Matches(GitObjectId(), commit);
            Assert.Equal($"{ProductVersion.Version}+{commit}", ProductVersion.Full);
        }
        else
        {
            Assert.Equal(ProductVersion.Version, ProductVersion.Full);
        }
    }

    [Fact]
    public async Task The_manifest_records_the_version_beside_the_package_versions()
    {
        var folder = Path.Combine(_temp.Path, "run");

        var (exit, _, error) = await CliRun.RunAsync("run", "talks-as-announced", "--rounds", "1", "--out", folder, "--quiet");

        Assert.True(exit == ExitCodes.Success, error);
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "manifest.json")));
        Assert.Equal(ProductVersion.Full, manifest.RootElement.GetProperty("packages").GetProperty("diplomacy").GetString());
    }

    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$")]
    private static partial Regex SemanticVersion();

    [GeneratedRegex("^[0-9a-f]{40}$")]
    private static partial Regex GitObjectId();
}
