using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Input;
using Diplomacy.Scenarios.Yaml;

namespace Diplomacy.Scenarios.World;

/// <summary>
/// The article a world file was drawn from, and the check that a quote is an exact (ordinal)
/// substring of it. When a quote is not, the explanation shows the closest passage so that the
/// user sees at once which character differs.
/// </summary>
public sealed class ArticleQuoteChecker(string path, string text)
{
    /// <summary>Longest passage shown in an error; longer ones are cut in the middle.</summary>
    private const int ShownLength = 160;

    /// <summary>The article's path, resolved relative to the world file.</summary>
    public string Path { get; } = path;

    /// <summary>The article's text exactly as on disk.</summary>
    public string Text { get; } = text;

    /// <summary>
    /// Reads the article named <paramref name="articleName"/> (relative to <paramref name="worldFile"/>);
    /// reports an unreadable article at <paramref name="location"/> and returns null.
    /// </summary>
    public static ArticleQuoteChecker? Open(YamlNodeReader reader, string worldFile, string articleName, SourceLocation location)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(worldFile) ?? string.Empty, articleName);
        if (FileKinds.Of(path) == FileKind.Missing)
        {
            reader.Report(location, $"cannot read the article '{articleName}' (looked for {path}): no such file; 'article' is relative to the world file");
            return null;
        }

        try
        {
            return new ArticleQuoteChecker(path, InputFile.ReadText(path, InputKind.Article));
        }
        catch (InputException e)
        {
            // Located in the article itself: a special file, too large, not UTF-8, a NUL.
            foreach (var error in e.Errors)
            {
                reader.Report(error.Location, $"the article '{articleName}' named at {location}: {error.Message}");
            }

            return null;
        }
    }

    public bool Contains(string quote) => Text.Contains(quote, StringComparison.Ordinal);

    /// <summary>Null when <paramref name="quote"/> is in the article; otherwise why not, with the closest passage.</summary>
    public string? Explain(string quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        if (Contains(quote))
        {
            return null;
        }

        var closest = ArticlePassage.Closest(Text, quote);
        var edits = closest.Distance == 1 ? "1 character differs" : $"{closest.Distance} characters differ";
        var hint = StraightenQuotes(Text).Contains(StraightenQuotes(quote), StringComparison.Ordinal)
            ? " (the article uses curly quotes “ ” and apostrophes ’; copy them exactly)"
            : string.Empty;
        return $"closest passage ({edits}): [{Shorten(closest.Text)}]{hint}";
    }

    private static string StraightenQuotes(string text) =>
        text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"');

    private static string Shorten(string passage) =>
        passage.Length <= ShownLength
            ? passage
            : string.Concat(passage.AsSpan(0, ShownLength / 2), " … ", passage.AsSpan(passage.Length - (ShownLength / 2)));
}
