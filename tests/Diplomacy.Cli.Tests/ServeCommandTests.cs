using System.Text.RegularExpressions;
using Diplomacy.Cli.Tests.Cluster;

namespace Diplomacy.Cli.Tests;

/// <summary><c>diplomacy serve</c>: its options, its warning when other machines can reach it, and a real server serving its pages.</summary>
public sealed partial class ServeCommandTests
{
    [Theory]
    [InlineData("--host", "classroom.local", "option '--host' expects an IP address such as 127.0.0.1 or 0.0.0.0, got 'classroom.local'")]
    [InlineData("--port", "70000", "option '--port' must be from 0 to 65535, got 70000")]
    [InlineData("--port", "-1", "option '--port' must be from 0 to 65535, got -1")]
    [InlineData("--redis", "redis://x", "option '--redis' expects HOST:PORT (for example 127.0.0.1:6379), got 'redis://x'")]
    [InlineData("--colour", "blue", "unknown option '--colour'")]
    public async Task A_wrong_option_is_a_usage_error_before_anything_starts(string option, string value, string message)
    {
        var (exit, _, error) = await CliRun.RunAsync("serve", option, value);

        Assert.Equal(2, exit);
        Assert.Equal($"diplomacy: {message}", error.Split('\n')[0]);
    }

    [Fact]
    public async Task Served_on_every_address_it_warns_and_serves_the_teachers_page_and_the_shipped_scenarios()
    {
        string[] arguments = [Path.Combine(AppContext.BaseDirectory, "diplomacy.dll"), "serve", "--host", "0.0.0.0", "--port", "0"];
        using var server = await ChildProcess.StartAsync("dotnet", arguments, readyWhen: "Classroom open at", TimeSpan.FromSeconds(90));

        Assert.Contains("diplomacy: warning: serving on 0.0.0.0, so anyone who can reach this machine", server.Log, StringComparison.Ordinal);
        var address = new Uri(Address().Match(server.Log).Groups[1].Value);
        using var http = new HttpClient();
        var page = await http.GetStringAsync(address);
        var scenarios = await http.GetStringAsync(new Uri(address, "api/scenarios"));

        Assert.Contains("<title>Diplomacy classroom: teacher</title>", page, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"talks-as-announced\"", scenarios, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"Classroom open at (\S+) for the teacher")]
    private static partial Regex Address();
}
