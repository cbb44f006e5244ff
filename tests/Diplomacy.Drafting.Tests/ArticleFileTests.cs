using System.Text;
using Diplomacy.Drafting.Text;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Input;
using Diplomacy.Testing;

namespace Diplomacy.Drafting.Tests;

/// <summary>Seed init reads an article through the one input reader the world loader uses: the same limit and checks.</summary>
public sealed class ArticleFileTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void An_empty_or_blank_article_is_refused()
    {
        Assert.Contains("the article is empty", Refused([]).Message, StringComparison.Ordinal);
        Assert.Contains("the article is empty", Refused(Encoding.UTF8.GetBytes(" \n\t\n")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Binary_data_is_refused_at_the_first_nul_byte()
    {
        var error = Refused([0x50, 0x4B, 0x03, 0x04, 0x0A, 0x00, 0x01]);

        Assert.Equal((2, 1), (error.Location.Line, error.Location.Column));
        Assert.Contains("a NUL character (byte 0) in the text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_with_their_place()
    {
        var latin1 = Encoding.Latin1.GetBytes("Paris\nLe président a déclaré");

        var error = Refused(latin1);

        Assert.Equal(2, error.Location.Line);
        Assert.Contains("invalid UTF-8 (0xE9 at byte", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_over_the_limit_is_refused_before_it_is_read()
    {
        var path = _temp.Sub("big.txt");
        using (var file = File.Create(path))
        {
            // Sparse: the size is what is checked, before a byte is read.
            file.SetLength(InputLimits.ArticleBytes + 1);
        }

        var error = Assert.Single(Assert.Throws<InputException>(() => ArticleFile.Read(path)).Errors);

        Assert.Contains("an article may be at most 4 MiB (4,194,304 bytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_is_dropped_as_the_world_loader_drops_it()
    {
        var text = ArticleFile.Decode("a.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("NATO met.")]);

        Assert.Equal("NATO met.", text);
    }

    [Fact]
    public void A_missing_file_and_a_directory_are_refused()
    {
        Assert.Contains("no such file", Assert.Throws<InputException>(() => ArticleFile.Read("no-such-article.txt")).Message, StringComparison.Ordinal);
        Assert.Contains("this is a directory", Assert.Throws<InputException>(() => ArticleFile.Read(_temp.Path)).Message, StringComparison.Ordinal);
    }

    private static InputError Refused(byte[] bytes) =>
        Assert.Single(Assert.Throws<InputException>(() => ArticleFile.Decode("article.txt", bytes)).Errors);
}
