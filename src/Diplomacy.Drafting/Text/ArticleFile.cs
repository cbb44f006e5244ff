using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Input;

namespace Diplomacy.Drafting.Text;

/// <summary>
/// Reads an article for drafting the way the world loader reads it later (<see cref="InputFile"/>:
/// a regular file only, at most <see cref="InputLimits.ArticleBytes"/>, strict UTF-8 or a UTF-16/32
/// byte-order mark, no NUL, a UTF-8 byte-order mark dropped), so that every quote drafted from it
/// matches the text the loader checks it against; and refuses an empty one, which has nothing to draft.
/// </summary>
public static class ArticleFile
{
    /// <exception cref="InputException">The file is not a readable, non-empty text article within the limit.</exception>
    public static string Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return NotEmpty(InputFile.ReadText(path, InputKind.Article), path);
    }

    /// <summary>Checks and decodes <paramref name="bytes"/> as the content of <paramref name="path"/>.</summary>
    public static string Decode(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.LongLength > InputKind.Article.MaxBytes)
        {
            throw new InputException(new InputError(new SourceLocation(path, 1, 1), $"the file is too large; an article may be at most {InputLimits.Describe(InputKind.Article.MaxBytes)}"));
        }

        return NotEmpty(InputFile.Decode(bytes, path), path);
    }

    private static string NotEmpty(string text, string path) =>
        string.IsNullOrWhiteSpace(text)
            ? throw new InputException(new InputError(new SourceLocation(path, 1, 1), "the article is empty; expected the text of a news article"))
            : text;
}
