using Diplomacy.Classroom.Rooms;
using Diplomacy.Classroom.Scenarios;
using Diplomacy.Classroom.Web;
using Diplomacy.Runtime.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Diplomacy.Classroom;

/// <summary>
/// The classroom: an ASP.NET Core server whose pages let a teacher step a scenario and students
/// play its actors, driving the same run and room grains as <c>diplomacy run</c> on whatever
/// cluster the client reaches (an embedded silo, or a Redis cluster). Pages get live updates over
/// WebSockets; every asset is served from the assembly.
/// </summary>
public sealed class ClassroomServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly RoomRegistry _rooms;
    private readonly Timer _sweep;

    private ClassroomServer(WebApplication app, RoomRegistry rooms, Uri address)
    {
        _app = app;
        _rooms = rooms;
        Address = address;
        _sweep = new Timer(_ => _ = rooms.CloseIdleAsync(), null, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
    }

    /// <summary>Where the teacher's page is (the students' is <c>student</c> under it).</summary>
    public Uri Address { get; }

    /// <summary>Starts listening; the returned server is serving.</summary>
    public static async Task<ClassroomServer> StartAsync(ClassroomOptions options, IClusterClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(client);
        var catalog = new ScenarioCatalog(options.ScenariosFolder);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.KeepLoggingQuiet();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Listen(options.Address, options.Port);
            // A hard cap well above an upload's limit, so an upload a little too large is read and
            // answered in words rather than cut off.
            kestrel.Limits.MaxRequestBodySize = 16 * ClassroomOptions.UploadLimitBytes;
            kestrel.AddServerHeader = false;
        });
        var app = builder.Build();
        var rooms = new RoomRegistry(client, catalog, options, app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Diplomacy.Classroom"));
        app.Use(async (context, next) =>
        {
            SecurityHeaders.Add(context);
            await next(context);
        });
        app.UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(20) });
        ClassroomEndpoints.Map(app, new EmbeddedAssets(), catalog, rooms);
        await app.StartAsync(cancellationToken);

        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ClassroomServer(app, rooms, new Uri(bound.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "[::1]", StringComparison.Ordinal) + "/"));
    }

    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => _app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _sweep.DisposeAsync();
        await _rooms.DisposeAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
