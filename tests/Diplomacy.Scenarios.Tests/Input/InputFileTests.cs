using System.Net.Sockets;
using System.Text;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Input;

namespace Diplomacy.Scenarios.Tests.Input;

/// <summary>
/// The one safe way a user's file is read: each refusal with its whole message and location, the
/// byte-order marks, and the size limit at its edge (a kind of ten bytes keeps the files small).
/// </summary>
public sealed class InputFileTests : IDisposable
{
    private static readonly InputKind TenBytes = new("a test file", 10);

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static InputError Refusal(Action read) => Assert.Single(Assert.Throws<InputException>(read).Errors);

    private static byte[] Bytes(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void A_file_of_exactly_its_kinds_limit_is_read()
    {
        var path = _folder.Write("ten.txt", "0123456789");

        Assert.Equal("0123456789", InputFile.ReadText(path, TenBytes));
    }

    [Fact]
    public void A_file_one_byte_over_the_limit_is_refused_with_its_size_and_the_limit()
    {
        var path = _folder.Write("eleven.txt", "0123456789a");

        var error = Refusal(() => InputFile.ReadText(path, TenBytes));

        Assert.Equal(new SourceLocation(path, 1, 1), error.Location);
        Assert.Equal("the file is too large (11 bytes); a test file may be at most 10 bytes (10 bytes)", error.Message);
    }

    [Fact]
    public void A_file_that_reports_no_size_is_counted_as_it_is_read()
    {
        // Files under /proc report a length of 0; the status of this process is far over ten bytes.
        const string path = "/proc/self/status";

        var error = Refusal(() => InputFile.ReadText(path, TenBytes));

        Assert.Equal("the file is too large (more than that); a test file may be at most 10 bytes (10 bytes)", error.Message);
        Assert.StartsWith("Name:", InputFile.ReadText(path, InputKind.Article), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_a_device_a_socket_and_a_missing_file_are_refused_before_opening()
    {
        var socketPath = _folder.Sub("s.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        Assert.Equal("this is a directory; expected a test file", Refusal(() => InputFile.ReadText(_folder.Path, TenBytes)).Message);
        Assert.Equal(
            "this is a character device, not a regular file; diplomacy reads a test file only from a regular file",
            Refusal(() => InputFile.ReadText("/dev/null", TenBytes)).Message);
        Assert.Equal(
            "this is a socket, not a regular file; diplomacy reads a test file only from a regular file",
            Refusal(() => InputFile.ReadText(socketPath, TenBytes)).Message);
        var missing = Refusal(() => InputFile.ReadText(_folder.Sub("none.txt"), TenBytes));
        Assert.Equal((new SourceLocation(_folder.Sub("none.txt"), 1, 1), "cannot read the file: no such file"), (missing.Location, missing.Message));
    }

    [Fact]
    public void Each_file_kind_is_told_apart_and_named()
    {
        var socketPath = _folder.Sub("k.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(socketPath));

        Assert.Equal(
            [FileKind.Regular, FileKind.Directory, FileKind.CharacterDevice, FileKind.Socket, FileKind.Missing],
            [FileKinds.Of(_folder.Write("r.txt", "r")), FileKinds.Of(_folder.Path), FileKinds.Of("/dev/null"), FileKinds.Of(socketPath), FileKinds.Of(_folder.Sub("gone"))]);
        Assert.Equal(
            ["nothing (no such file)", "a regular file", "a directory", "a FIFO (named pipe)", "a character device", "a block device", "a socket", "a special file"],
            Enum.GetValues<FileKind>().Select(FileKinds.Describe));
    }

    [Fact]
    public void Byte_order_marks_choose_the_encoding_and_are_not_part_of_the_text()
    {
        const string text = "hé\n";

        Assert.Equal(text, InputFile.Decode(Bytes([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(text)), "f"));
        Assert.Equal(text, InputFile.Decode(Bytes([0xFF, 0xFE], Encoding.Unicode.GetBytes(text)), "f"));
        Assert.Equal(text, InputFile.Decode(Bytes([0xFE, 0xFF], Encoding.BigEndianUnicode.GetBytes(text)), "f"));
        Assert.Equal(text, InputFile.Decode(Bytes([0xFF, 0xFE, 0, 0], new UTF32Encoding(bigEndian: false, byteOrderMark: false).GetBytes(text)), "f"));
        Assert.Equal(text, InputFile.Decode(Bytes([0, 0, 0xFE, 0xFF], new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(text)), "f"));
    }

    [Fact]
    public void A_byte_order_mark_followed_by_invalid_text_is_refused_by_name()
    {
        // A lone high surrogate is not valid UTF-16, nor a code point above U+10FFFF valid UTF-32.
        var utf16 = Refusal(() => InputFile.Decode([0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00], "f.yaml"));
        var utf32 = Refusal(() => InputFile.Decode([0xFF, 0xFE, 0, 0, 0x00, 0x00, 0x11, 0x00], "f.yaml"));

        Assert.Equal((new SourceLocation("f.yaml", 1, 1), "the file starts with a UTF-16 byte-order mark but is not valid UTF-16"), (utf16.Location, utf16.Message));
        Assert.Equal("the file starts with a UTF-32 byte-order mark but is not valid UTF-32", utf32.Message);
    }

    [Fact]
    public void Invalid_utf8_is_located_at_its_first_bad_byte()
    {
        var error = Refusal(() => InputFile.Decode(Bytes(Encoding.UTF8.GetBytes("ab\ncé"), [0xFF], Encoding.UTF8.GetBytes("x")), "f.yaml"));

        Assert.Equal(new SourceLocation("f.yaml", 2, 3), error.Location);
        Assert.Equal("invalid UTF-8 (0xFF at byte 6); save the file as UTF-8", error.Message);
    }

    [Fact]
    public void A_sequence_cut_off_at_the_end_is_located_at_its_lead_byte()
    {
        var error = Refusal(() => InputFile.Decode([0x61, 0x62, 0xE2, 0x82], "f.yaml"));

        Assert.Equal((new SourceLocation("f.yaml", 1, 3), "invalid UTF-8 (0xE2 at byte 2); save the file as UTF-8"), (error.Location, error.Message));
    }

    [Fact]
    public void A_nul_character_is_refused_where_it_stands_even_as_the_first_character()
    {
        var later = Refusal(() => InputFile.Decode(Encoding.UTF8.GetBytes("ab\nc\0"), "f.yaml"));
        var first = Refusal(() => InputFile.Decode(Encoding.UTF8.GetBytes("\0ab"), "f.yaml"));

        Assert.Equal(new SourceLocation("f.yaml", 2, 2), later.Location);
        Assert.Equal("a NUL character (byte 0) in the text; this looks like a binary file, not a text file", later.Message);
        Assert.Equal(new SourceLocation("f.yaml", 1, 1), first.Location);
    }

    [Fact]
    public void Each_kind_names_itself_and_its_limit()
    {
        Assert.Equal(
            [("a scenario file", 1L << 20), ("a world file", 8L << 20), ("an article", 4L << 20), ("a forecast table", 16L << 20), ("a sweep file", 1L << 20), ("an observations file", 1L << 20)],
            new[] { InputKind.Scenario, InputKind.World, InputKind.Article, InputKind.Table, InputKind.Sweep, InputKind.Observations }.Select(k => (k.Name, k.MaxBytes)));
    }

    [Fact]
    public void Sizes_read_in_mebibytes_kibibytes_or_bytes()
    {
        Assert.Equal(
            ["1 MiB", "3 MiB", "512 KiB", "1000 bytes", "1025 bytes"],
            new[] { 1L << 20, 3L << 20, 512L << 10, 1000L, 1025L }.Select(InputLimits.Describe));
    }
}
