using System.Net;
using Diplomacy.Runtime.Hosting;
using Microsoft.Playwright;

namespace Diplomacy.Classroom.Tests.Fixtures;

/// <summary>
/// One classroom server on an embedded silo (what <c>diplomacy serve</c> runs), on a free loopback
/// port, and one headless Chromium — Debian's, never a downloaded one — shared by a collection.
/// </summary>
public sealed class ClassroomFixture : IAsyncLifetime
{
    /// <summary>Where Debian's chromium package puts the browser; <c>./test.sh</c> installs it when missing.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private EmbeddedSilo? _silo;
    private ClassroomServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public EmbeddedSilo Silo => _silo ?? throw new InvalidOperationException("not started");

    public ClassroomServer Server => _server ?? throw new InvalidOperationException("not started");

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("not started");

    public Uri Address => Server.Address;

    public static string ScenariosFolder => Path.Combine(AppContext.BaseDirectory, "scenarios");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new InvalidOperationException($"the classroom's browser tests drive Debian's chromium at {Chromium}: run ./test.sh, which installs it, or 'apt-get install -y chromium'");
        }

        _silo = await EmbeddedSilo.StartAsync();
        _server = await ClassroomServer.StartAsync(new ClassroomOptions(IPAddress.Loopback, 0, ScenariosFolder), _silo.Client);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox"],
        });
    }

    /// <summary>A fresh browser context (its own storage: a second student, a second teacher) at the projector's size.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 720)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BaseURL = Address.ToString(),
            AcceptDownloads = true,
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (_silo is not null)
        {
            await _silo.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class ClassroomCollection : ICollectionFixture<ClassroomFixture>
{
    public const string Name = "classroom server and browser";
}
