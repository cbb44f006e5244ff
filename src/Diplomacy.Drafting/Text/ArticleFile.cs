using System.Text;
using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Drafting.Text;

/// <summary>
/// Reads an article for drafting and refuses what is not one, each with a one-line located
/// error: a missing, unreadable or special file, an empty one, one over <see cref="MaximumBytes"/>,
/// binary data (NUL bytes) or bytes that are not UTF-8. A UTF-8 byte-order mark is dropped, as
/// the world loader drops it, so that quotes match the text the loader checks them against.
/// </summary>
public static class ArticleFile
{
    /// <summary>1 MiB: a long news article is 5–50 KiB; anything this large is not one article.</summary>
    public const int MaximumBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="InputException">The file is not a readable UTF-8 text article of at most 1 MiB.</exception>
    public static string Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (Directory.Exists(path))
        {
            throw Error(path, "this is a directory; expected an article as a UTF-8 text file");
        }

        if (!info.Exists)
        {
            throw Error(path, "cannot read the article: no such file");
        }

        if (info.Length > MaximumBytes)
        {
            throw Error(path, $"the article is {info.Length:N0} bytes; the limit is {MaximumBytes:N0} bytes (1 MiB), far above any news article");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw Error(path, $"cannot read the article: {e.Message}");
        }

        return Decode(path, bytes);
    }

    /// <summary>Checks and decodes <paramref name="bytes"/> as the content of <paramref name="path"/>.</summary>
    public static string Decode(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length > MaximumBytes)
        {
            throw Error(path, $"the article is {bytes.Length:N0} bytes; the limit is {MaximumBytes:N0} bytes (1 MiB), far above any news article");
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            var (line, column) = Position(bytes, nul);
            throw new InputException(new InputError(new SourceLocation(path, line, column), $"the article holds binary data (a NUL byte at byte {nul}); expected UTF-8 text"));
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var at = Math.Max(0, e.Index);
            var (line, column) = Position(bytes, at);
            var value = at < bytes.Length ? $"0x{bytes[at]:X2}" : "at the end";
            throw new InputException(new InputError(new SourceLocation(path, line, column), $"the article is not UTF-8 text (byte {value} at byte {at}); save it as UTF-8 and try again"));
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw Error(path, "the article is empty; expected the text of a news article");
        }

        return text;
    }

    private static (int Line, int Column) Position(byte[] bytes, int at)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < at && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return (line, at - lineStart + 1);
    }

    private static InputException Error(string path, string message) =>
        new(new InputError(new SourceLocation(path, 1, 1), message));
}
