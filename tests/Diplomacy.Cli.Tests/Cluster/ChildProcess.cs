using System.Diagnostics;

namespace Diplomacy.Cli.Tests.Cluster;

/// <summary>A real process started by a test, killed (with its children) when disposed.</summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Text.StringBuilder _log = new();

    private ChildProcess(Process process) => _process = process;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The process id, as the process itself sees it (what a run grain's host reports).</summary>
    public int Id => _process.Id;

    /// <summary>Starts <paramref name="file"/> and waits until a line of its output contains <paramref name="readyWhen"/>.</summary>
    public static async Task<ChildProcess> StartAsync(string file, IEnumerable<string> arguments, string readyWhen, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var child = new ChildProcess(new Process { StartInfo = info, EnableRaisingEvents = true });
        child._process.OutputDataReceived += (_, e) => child.Receive(e.Data, readyWhen);
        child._process.ErrorDataReceived += (_, e) => child.Receive(e.Data, readyWhen);
        child._process.Exited += (_, _) => child._ready.TrySetException(new InvalidOperationException($"{file} exited early:\n{child.Log}"));
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();

        var finished = await Task.WhenAny(child._ready.Task, Task.Delay(timeout));
        if (finished != child._ready.Task)
        {
            child.Dispose();
            throw new TimeoutException($"{file} did not print '{readyWhen}' within {timeout}:\n{child.Log}");
        }

        await child._ready.Task;
        return child;
    }

    private void Receive(string? line, string readyWhen)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }

        if (line.Contains(readyWhen, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    /// <summary>Kills the process at once (SIGKILL), as a crash would: no graceful shutdown, no goodbye to the cluster.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
