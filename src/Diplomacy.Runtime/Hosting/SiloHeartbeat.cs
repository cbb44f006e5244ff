using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Diplomacy.Runtime.Hosting;

/// <summary>
/// Keeps a running silo's <see cref="SiloHealthFile"/> up to date: written every
/// <see cref="SiloHealthFile.Interval"/> while Orleans reports the silo <c>Active</c> (joined, serving),
/// deleted otherwise and as soon as the silo begins to stop.
/// </summary>
public sealed class SiloHeartbeat : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _beating;
    private CancellationTokenRegistration _onStopping;

    private SiloHeartbeat(ISiloStatusOracle oracle, string path, TimeProvider time)
    {
        Path = path;
        _beating = BeatAsync(oracle, time);
    }

    /// <summary>The health file this silo keeps.</summary>
    public string Path { get; }

    public static SiloHeartbeat Start(IServiceProvider services, int gatewayPort, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var heartbeat = new SiloHeartbeat(services.GetRequiredService<ISiloStatusOracle>(), SiloHealthFile.PathFor(gatewayPort), time ?? TimeProvider.System);
        // A stopping silo is no longer a member to send clients to: stop reporting at once.
        heartbeat._onStopping = services.GetService<IHostApplicationLifetime>()?.ApplicationStopping.Register(heartbeat._stop.Cancel) ?? default;
        return heartbeat;
    }

    public async ValueTask DisposeAsync()
    {
        await _onStopping.DisposeAsync();
        await _stop.CancelAsync();
        await _beating;
        _stop.Dispose();
        SiloHealthFile.Delete(Path);
    }

    private async Task BeatAsync(ISiloStatusOracle oracle, TimeProvider time)
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                try
                {
                    if (oracle.CurrentStatus == SiloStatus.Active)
                    {
                        SiloHealthFile.WriteActive(Path, time.GetUtcNow());
                    }
                    else
                    {
                        SiloHealthFile.Delete(Path);
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // The silo serves on regardless; the probe, finding no fresh file, says unhealthy.
                }

                await Task.Delay(SiloHealthFile.Interval, time, _stop.Token);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            SiloHealthFile.Delete(Path);
        }
    }
}
