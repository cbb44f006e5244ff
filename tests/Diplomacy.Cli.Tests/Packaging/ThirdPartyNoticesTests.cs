using System.Text.Json;
using System.Text.RegularExpressions;

namespace Diplomacy.Cli.Tests.Packaging;

/// <summary>
/// THIRD-PARTY-NOTICES.md lists every NuGet package the program ships (its deps.json), at the
/// version shipped, and every file it points to exists. A new or updated package fails here until
/// its line is added.
/// </summary>
public sealed partial class ThirdPartyNoticesTests
{
    private static readonly string Notices = File.ReadAllText(RepositoryFiles.PathOf("THIRD-PARTY-NOTICES.md"));

    [Fact]
    public void Every_shipped_package_is_listed_at_its_shipped_version_and_nothing_else_is()
    {
        using var deps = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "diplomacy.deps.json")));
        var shipped = deps.RootElement.GetProperty("libraries").EnumerateObject()
            .Where(library => library.Value.GetProperty("type").GetString() == "package")
            .Select(library => library.Name.Split('/'))
            .Select(parts => (Name: parts[0], Version: parts[1]))
            .ToList();
        var listed = PackageRow().Matches(Notices).Select(row => (Name: row.Groups[1].Value, Version: row.Groups[2].Value)).ToList();

        var missing = shipped.Except(listed).Select(p => $"| {p.Name} | {p.Version} | <licence> | <copyright> | <project> |").ToList();
        var stale = listed.Except(shipped).Select(p => $"{p.Name} {p.Version}").ToList();

        Assert.True(missing.Count == 0, "THIRD-PARTY-NOTICES.md lacks rows for:\n" + string.Join('\n', missing));
        Assert.True(stale.Count == 0, "THIRD-PARTY-NOTICES.md lists packages the program no longer ships: " + string.Join(", ", stale));
        Assert.All(PackageRow().Matches(Notices), row => Assert.Contains(row.Groups[3].Value, new[] { "MIT", "Apache-2.0", "BSD-3-Clause" }));
    }

    [Fact]
    public void Every_file_the_notices_link_to_exists()
    {
        var links = LocalLink().Matches(Notices).Select(link => link.Groups[1].Value).ToList();

        Assert.Contains("LICENSE", links);
        Assert.Contains("data/ktab/LICENSE", links);
        Assert.All(links, link => Assert.True(
            File.Exists(RepositoryFiles.PathOf(link)) || Directory.Exists(RepositoryFiles.PathOf(link)),
            $"THIRD-PARTY-NOTICES.md links to {link}, which does not exist"));
    }

    [Fact]
    public void The_licence_is_MIT_for_the_Diplomacy_authors()
    {
        var licence = File.ReadAllText(RepositoryFiles.PathOf("LICENSE"));

        Assert.StartsWith("MIT License", licence, StringComparison.Ordinal);
        Assert.Contains("The Diplomacy authors", licence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LICENSE")]
    [InlineData("THIRD-PARTY-NOTICES.md")]
    [InlineData("CHANGELOG.md")]
    [InlineData("licenses/DejaVu-fonts.txt")]
    [InlineData("licenses/Apache-2.0.txt")]
    [InlineData("licenses/SkiaSharp-HarfBuzzSharp-THIRD-PARTY-NOTICES.txt")]
    [InlineData("seeds/2025-02-13-us-russia-ukraine-peace-talks.txt")]
    public void The_licences_and_the_article_travel_beside_the_executable(string file)
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, file)), $"{file} is not beside the executable");
    }

    [GeneratedRegex(@"^\| ([A-Za-z0-9.]+) \| ([0-9][0-9A-Za-z.+-]*) \| ([^|]+?) \|", RegexOptions.Multiline)]
    private static partial Regex PackageRow();

    [GeneratedRegex(@"\]\(([A-Za-z0-9_./-]+)\)")]
    private static partial Regex LocalLink();
}
