using System.Diagnostics;

namespace Diplomacy.Cli.Tests.Robustness;

/// <summary>A tmpfs of a few kilobytes mounted for a test (full, or read-only): real ENOSPC and EROFS. Needs root; null without it.</summary>
internal static class SmallDisk
{
    public static string? Mount(string parent, string name, string options)
    {
        var folder = Path.Combine(parent, name);
        Directory.CreateDirectory(folder);
        if (Run("mount", "-t", "tmpfs", "-o", options, "tmpfs", folder))
        {
            return folder;
        }

        Directory.Delete(folder);
        return null;
    }

    /// <summary>Unmounts every disk mounted under <paramref name="parent"/>.</summary>
    public static void Unmount(string parent)
    {
        foreach (var folder in Directory.GetDirectories(parent))
        {
            Run("umount", folder);
        }
    }

    private static bool Run(string file, params string[] arguments)
    {
        try
        {
            var info = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in arguments)
            {
                info.ArgumentList.Add(argument);
            }

            using var process = Process.Start(info)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
