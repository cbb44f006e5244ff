using System.Diagnostics;
using System.Security.Cryptography;

namespace Diplomacy.Cli.Tests.Packaging;

/// <summary>
/// The built program, started as its own process in an empty folder far from any clone, runs a
/// shipped scenario by name into that folder's runs/ and writes the approved bytes. (The tool
/// package holds the same files in the same layout; docs/releasing.md checks the package itself.)
/// </summary>
public sealed class RunFromAnywhereTests : IDisposable
{
    private readonly TempFolder _empty = new("diplomacy-anywhere-");

    public void Dispose() => _empty.Dispose();

    [Fact]
    public async Task The_program_runs_a_shipped_name_from_an_empty_folder_into_its_runs_folder_with_the_approved_bytes()
    {
        var (exit, output, error) = await RunProgramAsync("run", "talks-as-announced", "--quiet");

        Assert.True(exit == 0, error);
        var folder = Path.Combine(_empty.Path, "runs", "talks-as-announced-2025");
        Assert.Equal(Path.Combine("runs", "talks-as-announced-2025"), output.Trim());
        var approved = await File.ReadAllLinesAsync(Path.Combine(AppContext.BaseDirectory, "Approved", "shipped-traces.sha256"));
        foreach (var file in new[] { "trace.jsonl", "stances.csv" })
        {
            var actual = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Combine(folder, file))));
            Assert.Contains($"{actual}  talks-as-announced-2025/{file}", approved);
        }

        Assert.Equal(["runs"], Directory.GetFileSystemEntries(_empty.Path).Select(Path.GetFileName));
    }

    private async Task<(int Exit, string Output, string Error)> RunProgramAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _empty.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "diplomacy.dll"));
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
