using Diplomacy.Scenarios.World;

namespace Diplomacy.Drafting.Tests;

/// <summary>The repository's seeds/ (the shipped article and the world drawn from it by hand), found above the test binaries.</summary>
internal static class ShippedArticle
{
    public const string ArticleName = "2025-02-13-us-russia-ukraine-peace-talks.txt";

    public static string Folder { get; } = Find();

    public static string ArticlePath => Path.Combine(Folder, ArticleName);

    public static string Text => File.ReadAllText(ArticlePath);

    public static LoadedWorld HandDrawn => WorldFileReader.Load(Path.Combine(Folder, WorldFileLocator.DefaultFileName));

    public static DraftWorld Draft() => WorldDrafter.Draft(Text, ArticleName, date: "2025-02-13");

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var seeds = Path.Combine(folder.FullName, "seeds");
            if (File.Exists(Path.Combine(seeds, ArticleName)))
            {
                return seeds;
            }
        }

        throw new InvalidOperationException($"no seeds/{ArticleName} above {AppContext.BaseDirectory}");
    }
}
