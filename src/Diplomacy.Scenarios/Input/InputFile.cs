using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Diplomacy.Scenarios.Errors;

namespace Diplomacy.Scenarios.Input;

/// <summary>
/// Reads a user's text file the one safe way: only a regular file (a FIFO, device, socket or
/// directory is refused before it is opened, so nothing blocks), no more than its kind's limit
/// (checked before reading), strictly decoded (invalid UTF-8 is an error, not U+FFFD) and free of
/// NUL characters. Every refusal is an <see cref="InputException"/> located in the file.
/// </summary>
public static class InputFile
{
    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="InputException">The file is missing, not a regular file, too large, unreadable, not valid text, or holds a NUL.</exception>
    public static string ReadText(string path, InputKind kind)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(kind);
        var fileKind = FileKinds.Of(path);
        switch (fileKind)
        {
            case FileKind.Regular:
                break;
            case FileKind.Missing:
                throw Error(path, 1, 1, "cannot read the file: no such file");
            case FileKind.Directory:
                throw Error(path, 1, 1, $"this is a directory; expected {kind.Name}");
            default:
                throw Error(path, 1, 1, $"this is {FileKinds.Describe(fileKind)}, not a regular file; diplomacy reads {kind.Name} only from a regular file");
        }

        // Assigned here too, so that a mutant removing the read still compiles (docs/testing.md).
        byte[] bytes = [];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            bytes = ReadAtMost(stream, kind, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw Error(path, 1, 1, $"cannot read the file: {e.Message}");
        }

        return Decode(bytes, path);
    }

    /// <summary>The file's bytes, refused when there are more than the kind allows (some files, as under /proc, report no size and are counted as read).</summary>
    private static byte[] ReadAtMost(FileStream stream, InputKind kind, string path)
    {
        var length = stream.Length;
        if (length > kind.MaxBytes)
        {
            throw TooLarge(path, kind, length.ToString("N0", CultureInfo.InvariantCulture) + " bytes");
        }

        var buffer = new MemoryStream(length > 0 ? (int)length : 4096);
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > kind.MaxBytes)
            {
                throw TooLarge(path, kind, "more than that");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>UTF-8 unless a byte-order mark says UTF-16 or UTF-32; every encoding strictly.</summary>
    public static string Decode(byte[] bytes, string path)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        // Assigned here too, so that a mutant removing a branch still compiles (docs/testing.md).
        var text = string.Empty;
        if (bytes is [0xFF, 0xFE, 0, 0, ..] or [0, 0, 0xFE, 0xFF, ..])
        {
            text = Strict(new UTF32Encoding(bigEndian: bytes[0] == 0, byteOrderMark: false, throwOnInvalidCharacters: true), bytes.AsSpan(4), path, "UTF-32");
        }
        else if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            text = Strict(new UnicodeEncoding(bigEndian: bytes[0] == 0xFE, byteOrderMark: false, throwOnInvalidBytes: true), bytes.AsSpan(2), path, "UTF-16");
        }
        else
        {
            var utf8 = bytes is [0xEF, 0xBB, 0xBF, ..] ? bytes.AsSpan(3) : bytes.AsSpan();
            if (!Utf8.IsValid(utf8))
            {
                throw InvalidUtf8(utf8, path);
            }

            text = StrictUtf8.GetString(utf8);
        }

        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            var (line, column) = Position(text.AsSpan(0, nul));
            throw Error(path, line, column, "a NUL character (byte 0) in the text; this looks like a binary file, not a text file");
        }

        return text;
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes, string path, string name)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Error(path, 1, 1, $"the file starts with a {name} byte-order mark but is not valid {name}");
        }
    }

    private static InputException InvalidUtf8(ReadOnlySpan<byte> bytes, string path)
    {
        var offset = 0;
        while (offset < bytes.Length)
        {
            // The decode stands alone: Stryker cannot compile a mutant that copies an 'out var' (docs/testing.md).
            var status = System.Text.Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        var (line, column) = Position(StrictUtf8.GetString(bytes[..offset]));
        var value = offset < bytes.Length ? $"0x{bytes[offset]:X2}" : "an unfinished sequence";
        return Error(path, line, column, $"invalid UTF-8 ({value} at byte {offset}); save the file as UTF-8");
    }

    private static (int Line, int Column) Position(ReadOnlySpan<char> before)
    {
        var lastNewline = before.LastIndexOf('\n');
        return (before.Count('\n') + 1, before.Length - lastNewline);
    }

    private static InputException TooLarge(string path, InputKind kind, string size) =>
        Error(path, 1, 1, $"the file is too large ({size}); {kind.Name} may be at most {InputLimits.Describe(kind.MaxBytes)} ({kind.MaxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes)");

    private static InputException Error(string path, int line, int column, string message) =>
        new(new InputError(new SourceLocation(path, line, column), message));
}
