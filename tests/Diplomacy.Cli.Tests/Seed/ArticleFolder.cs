using Diplomacy.Scenarios.World;

namespace Diplomacy.Cli.Tests.Seed;

/// <summary>A fresh temporary folder holding one article, where seed init writes its draft; deleted on dispose.</summary>
internal sealed class ArticleFolder : IDisposable
{
    private readonly TempFolder _folder = new("diplomacy-seed-tests-");

    /// <summary>A short article of our own: two statements, five actors.</summary>
    public const string ShortArticle =
        "German Defense Minister Boris Pistorius criticized the U.S. for making premature concessions to Russia, calling it “regrettable”.\n" +
        "Meanwhile, Kyiv may offer access to its mineral resources.\n";

    public ArticleFolder(string fileName, byte[] content)
    {
        Article = _folder.Sub(fileName);
        File.WriteAllBytes(Article, content);
    }

    public string Path => _folder.Path;

    public string Article { get; }

    /// <summary>Where seed init writes by default: beside the article, .txt replaced by .world.yaml.</summary>
    public string World => System.IO.Path.Combine(Path, System.IO.Path.GetFileNameWithoutExtension(Article) + WorldFileReader.FileSuffix);

    public static ArticleFolder WithText(string text, string fileName = "article.txt") => new(fileName, System.Text.Encoding.UTF8.GetBytes(text));

    public static ArticleFolder WithShippedArticle()
    {
        var seeds = System.IO.Path.GetDirectoryName(WorldFileLocator.FindDefault(AppContext.BaseDirectory, AppContext.BaseDirectory))!;
        const string Name = "2025-02-13-us-russia-ukraine-peace-talks.txt";
        return new ArticleFolder(Name, File.ReadAllBytes(System.IO.Path.Combine(seeds, Name)));
    }

    /// <summary>Every file in the folder, so a test can check nothing else was written.</summary>
    public IReadOnlyList<string> Files => Directory.GetFiles(Path).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public void Dispose() => _folder.Dispose();
}
