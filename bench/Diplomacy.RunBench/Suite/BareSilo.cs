using Diplomacy.Runtime.Hosting;
using Microsoft.Extensions.Hosting;

namespace Diplomacy.RunBench.Suite;

/// <summary>
/// Orleans' own start-up and shutdown with nothing of ours in it: localhost clustering on free
/// ports, no grains, no storage, no logging. Timed as a whole process, it is the floor under the
/// silo start and stop that every `diplomacy run` on an embedded silo pays.
/// </summary>
public static class BareSilo
{
    public static async Task StartAndStopAsync()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort: EmbeddedSilo.FreeLoopbackPort(), gatewayPort: EmbeddedSilo.FreeLoopbackPort()));
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
    }
}
