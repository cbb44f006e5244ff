using System.Runtime.InteropServices;

namespace Diplomacy.Scenarios.Input;

/// <summary>What a path names on disk, told apart before anything is opened.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
    Other,
}

/// <summary>
/// Finds a path's <see cref="FileKind"/> without opening it. Opening a FIFO blocks until a writer
/// appears, and .NET tells a FIFO, a device and an empty file apart nowhere in its public API, so
/// this asks the runtime's own native shim (the <c>stat</c> behind <see cref="FileInfo"/>), whose
/// status layout is the same on every platform .NET runs on: mode at byte 4, type bits 0xF000.
/// </summary>
public static partial class FileKinds
{
    private const int TypeMask = 0xF000;

    public static FileKind Of(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (OperatingSystem.IsWindows())
        {
            return Approximately(path);
        }

        // Initialised here too, so that a mutant removing the call still compiles (docs/testing.md).
        var status = default(FileStatus);
        try
        {
            if (Stat(path, out status) != 0)
            {
                return FileKind.Missing;
            }
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return Approximately(path);
        }

        return (status.Mode & TypeMask) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Other,
        };
    }

    // Without the shim (Windows, or a runtime that lacks it), the best the public API can say: a FIFO passes as a file.
    private static FileKind Approximately(string path) =>
        Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;

    /// <summary>How a kind is named in messages.</summary>
    public static string Describe(FileKind kind) => kind switch
    {
        FileKind.Missing => "nothing (no such file)",
        FileKind.Regular => "a regular file",
        FileKind.Directory => "a directory",
        FileKind.Fifo => "a FIFO (named pipe)",
        FileKind.CharacterDevice => "a character device",
        FileKind.BlockDevice => "a block device",
        FileKind.Socket => "a socket",
        _ => "a special file",
    };

    // Follows symbolic links, as opening the file would.
    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, out FileStatus status);

    // Only Mode is read; the size leaves room for every field the shim fills in.
    [StructLayout(LayoutKind.Sequential, Size = 256)]
    private struct FileStatus
    {
        public int Flags;
        public int Mode;
    }
}
