using Diplomacy.Runtime.Output;

namespace Diplomacy.Runtime.Tests.Output;

public sealed class StagingFolderTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_folder_appears_under_its_name_only_when_published()
    {
        var target = _temp.Sub("nested", "out");
        using (var staging = StagingFolder.Create(target))
        {
            File.WriteAllText(Path.Combine(staging.Working, "a.txt"), "a");
            Assert.False(Directory.Exists(target));

            staging.Publish();
        }

        Assert.Equal("a", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.Single(Directory.GetDirectories(_temp.Sub("nested")));
    }

    [Fact]
    public void A_folder_never_published_leaves_nothing_behind()
    {
        var target = _temp.Sub("out");
        using (var staging = StagingFolder.Create(target))
        {
            File.WriteAllText(Path.Combine(staging.Working, "partial.txt"), "half");
        }

        Assert.Empty(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void Publishing_replaces_an_earlier_output_of_the_same_name()
    {
        var target = _temp.Sub("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "old.txt"), "old");
        File.WriteAllText(Path.Combine(target, "manifest.json"), "{\n  \"files\": [\n    \"manifest.json\",\n    \"old.txt\"\n  ]\n}\n");

        using (var staging = StagingFolder.Create(target))
        {
            File.WriteAllText(Path.Combine(staging.Working, "new.txt"), "new");
            staging.Publish();
        }

        Assert.Equal(["new.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Single(Directory.GetDirectories(_temp.Path));
    }

    [Fact]
    public void A_folder_of_other_files_is_never_replaced()
    {
        var target = _temp.Sub("out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "todo.txt"), "keep");

        Assert.Throws<OutputFolderException>(() => StagingFolder.Create(target));

        Assert.Equal("keep", File.ReadAllText(Path.Combine(target, "todo.txt")));
        Assert.Single(Directory.GetFileSystemEntries(_temp.Path));
    }

    [Fact]
    public void A_folder_that_appeared_during_the_run_is_not_replaced_when_publishing()
    {
        var target = _temp.Sub("out");
        using (var staging = StagingFolder.Create(target))
        {
            File.WriteAllText(Path.Combine(staging.Working, "new.txt"), "new");
            Directory.CreateDirectory(target);
            File.WriteAllText(Path.Combine(target, "todo.txt"), "keep");

            Assert.Throws<OutputFolderException>(staging.Publish);
        }

        Assert.Equal(["todo.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Single(Directory.GetDirectories(_temp.Path));
    }
}
