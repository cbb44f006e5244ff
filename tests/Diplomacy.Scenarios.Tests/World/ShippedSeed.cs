namespace Diplomacy.Scenarios.Tests.World;

/// <summary>
/// The repository's own seeds/ folder, found by walking up from the test binaries, and copies
/// of the shipped world with one edit, written next to a copy of the article in a test's temporary folder.
/// </summary>
internal static class ShippedSeed
{
    public const string WorldFileName = "2025-02-13-us-russia-ukraine-peace-talks.world.yaml";
    public const string ArticleFileName = "2025-02-13-us-russia-ukraine-peace-talks.txt";

    public static string Directory { get; } = FindSeeds();

    public static string WorldPath => Path.Combine(Directory, WorldFileName);

    public static string ArticleText => File.ReadAllText(Path.Combine(Directory, ArticleFileName));

    public static string WorldText => File.ReadAllText(WorldPath);

    /// <summary>Writes the shipped world with <paramref name="find"/> replaced once by <paramref name="replace"/>; returns its path.</summary>
    public static string WriteVariant(TempFolder folder, string find, string replace, bool withArticle = true)
    {
        var text = WorldText;
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the shipped world no longer contains '{find}'");
        return WriteWorld(folder, string.Concat(text.AsSpan(0, at), replace, text.AsSpan(at + find.Length)), withArticle);
    }

    /// <summary>Writes <paramref name="worldText"/> as a world file in <paramref name="folder"/>, with the article beside it unless told otherwise.</summary>
    public static string WriteWorld(TempFolder folder, string worldText, bool withArticle = true)
    {
        if (withArticle)
        {
            File.Copy(Path.Combine(Directory, ArticleFileName), folder.Sub(ArticleFileName), overwrite: true);
        }

        return folder.Write(WorldFileName, worldText);
    }

    /// <summary>1-based line of the first occurrence of <paramref name="text"/> in the shipped world file.</summary>
    public static int LineOf(string text)
    {
        var at = WorldText.IndexOf(text, StringComparison.Ordinal);
        Assert.True(at >= 0, $"the shipped world no longer contains '{text}'");
        return WorldText[..at].Count(c => c == '\n') + 1;
    }

    private static string FindSeeds()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var seeds = Path.Combine(folder.FullName, "seeds");
            if (File.Exists(Path.Combine(seeds, WorldFileName)))
            {
                return seeds;
            }
        }

        throw new InvalidOperationException($"no seeds/{WorldFileName} above {AppContext.BaseDirectory}");
    }
}
