using Diplomacy.Scenarios.World;

namespace Diplomacy.Scenarios.Tests.World;

/// <summary>The default world is looked for above the current folder first, then beside the program.</summary>
public sealed class WorldFileLocatorTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string SeedIn(params string[] folders)
    {
        var seeds = Path.Combine([_temp.Path, .. folders, WorldFileLocator.SeedsFolder]);
        Directory.CreateDirectory(seeds);
        var path = Path.Combine(seeds, WorldFileLocator.DefaultFileName);
        File.WriteAllText(path, "article: a.txt\n");
        return path;
    }

    [Fact]
    public void The_seeds_folder_of_an_ancestor_of_the_current_folder_is_found()
    {
        var expected = SeedIn("clone");
        var deep = Directory.CreateDirectory(_temp.Sub("clone", "src", "deep")).FullName;

        Assert.Equal(expected, WorldFileLocator.FindDefault(deep, _temp.Sub("nowhere")));
    }

    [Fact]
    public void The_current_folder_wins_over_the_program_s_folder()
    {
        var here = SeedIn("here");
        SeedIn("program");

        Assert.Equal(here, WorldFileLocator.FindDefault(_temp.Sub("here"), _temp.Sub("program")));
    }

    [Fact]
    public void Without_one_above_the_current_folder_the_program_s_own_is_used()
    {
        var beside = SeedIn("program");
        var elsewhere = Directory.CreateDirectory(_temp.Sub("elsewhere")).FullName;

        Assert.Equal(beside, WorldFileLocator.FindDefault(elsewhere, _temp.Sub("program")));
    }

    [Fact]
    public void Neither_place_having_it_gives_null()
    {
        var elsewhere = Directory.CreateDirectory(_temp.Sub("elsewhere")).FullName;

        Assert.Null(WorldFileLocator.FindDefault(elsewhere, _temp.Sub("program")));
    }
}
