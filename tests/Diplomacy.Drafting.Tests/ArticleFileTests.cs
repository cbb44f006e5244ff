using System.Text;
using Diplomacy.Drafting.Text;
using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Drafting.Tests;

public sealed class ArticleFileTests
{
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
        Assert.Contains("binary data (a NUL byte at byte 5)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bytes_that_are_not_utf8_are_refused_with_their_place()
    {
        var latin1 = Encoding.Latin1.GetBytes("Paris\nLe président a déclaré");

        var error = Refused(latin1);

        Assert.Equal(2, error.Location.Line);
        Assert.Contains("not UTF-8 text (byte 0xE9", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_over_one_mebibyte_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"diplomacy-big-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(new string('a', ArticleFile.MaximumBytes + 1)));
        try
        {
            var error = Assert.Single(Assert.Throws<InputException>(() => ArticleFile.Read(path)).Errors);

            Assert.Contains("the limit is 1,048,576 bytes (1 MiB)", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
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
        Assert.Contains("this is a directory", Assert.Throws<InputException>(() => ArticleFile.Read(Path.GetTempPath())).Message, StringComparison.Ordinal);
    }

    private static InputError Refused(byte[] bytes) =>
        Assert.Single(Assert.Throws<InputException>(() => ArticleFile.Decode("article.txt", bytes)).Errors);
}
