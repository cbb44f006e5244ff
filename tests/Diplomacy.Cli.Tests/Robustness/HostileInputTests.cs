using System.Text;
using Diplomacy.Cli.CommandLine;

namespace Diplomacy.Cli.Tests.Robustness;

/// <summary>
/// What a careless or hostile user feeds the tool gets a located error at once: never a hang, an
/// abort, a stack trace or silently wrong bytes.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly TempFolder _temp = new("diplomacy-hostile-");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("validate")]
    [InlineData("seed", "validate")]
    [InlineData("seed", "show")]
    [InlineData("seed", "init")]
    [InlineData("forecast")]
    [InlineData("run")]
    public async Task A_fifo_is_refused_at_once_without_being_opened(params string[] command)
    {
        var fifo = Path.Combine(_temp.Path, "input");
        CliProcess.MakeFifo(fifo);

        var (exit, error) = await RunAsync([.. command, fifo]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith($"{fifo}:1:1: error: this is a FIFO (named pipe), not a regular file;", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/dev/zero", "validate")]
    [InlineData("/dev/urandom", "forecast")]
    [InlineData("/dev/null", "seed", "validate")]
    public async Task A_device_is_refused_at_once(string device, params string[] command)
    {
        var (exit, error) = await RunAsync([.. command, device]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith($"{device}:1:1: error: this is a character device, not a regular file;", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_world_or_an_article_that_is_a_fifo_is_refused_where_it_is_named()
    {
        var seeds = Path.GetDirectoryName(CliRun.ShippedScenario("talks-as-announced.yaml"))!.Replace("scenarios", "seeds", StringComparison.Ordinal);
        var world = Directory.GetFiles(seeds, "*.world.yaml").Single();
        var copy = Path.Combine(_temp.Path, Path.GetFileName(world));
        File.Copy(world, copy);
        var article = Path.Combine(_temp.Path, Path.GetFileName(Directory.GetFiles(seeds, "*.txt").Single()));
        CliProcess.MakeFifo(article);
        var scenario = Path.Combine(_temp.Path, "s.yaml");
        CliProcess.MakeFifo(Path.Combine(_temp.Path, "fifo.world.yaml"));
        File.WriteAllText(scenario, "name: s\nworld: fifo.world.yaml\nissues: [territory]\nrounds: 1\n");

        var (worldExit, worldError) = await RunAsync("seed", "validate", copy);
        var (scenarioExit, scenarioError) = await RunAsync("validate", scenario);

        Assert.Equal((ExitCodes.InvalidInput, ExitCodes.InvalidInput), (worldExit, scenarioExit));
        Assert.Contains($"{article}:1:1: error: the article", worldError, StringComparison.Ordinal);
        Assert.Contains("a FIFO (named pipe), not a regular file", worldError, StringComparison.Ordinal);
        Assert.Contains($"{scenario}:2:8: error: 'world' names a FIFO (named pipe)", scenarioError, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("scenario.yaml", 1L << 21, "validate", "a scenario file may be at most 1 MiB (1,048,576 bytes)")]
    [InlineData("world.yaml", 1L << 24, "seed validate", "a world file may be at most 8 MiB (8,388,608 bytes)")]
    [InlineData("table.csv", 1L << 25, "forecast", "a forecast table may be at most 16 MiB (16,777,216 bytes)")]
    [InlineData("article.txt", 1L << 23, "seed init", "an article may be at most 4 MiB (4,194,304 bytes)")]
    public async Task A_file_over_its_size_limit_is_refused_before_it_is_read(string name, long size, string command, string limit)
    {
        var path = Path.Combine(_temp.Path, name);
        using (var file = File.Create(path))
        {
            file.SetLength(size);
        }

        var (exit, error) = await RunAsync([.. command.Split(' '), path]);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal($"{path}:1:1: error: the file is too large ({size:N0} bytes); {limit}", error.Trim());
    }

    [Fact]
    public async Task Invalid_utf8_and_nul_bytes_are_located_errors()
    {
        var scenario = Path.Combine(_temp.Path, "latin1.yaml");
        File.WriteAllBytes(scenario, [.. "name: caf"u8, 0xE9, .. "\nrounds: 1\n"u8]);
        var table = Path.Combine(_temp.Path, "nul.csv");
        File.WriteAllText(table, "Actor,Capability,Position,Salience\nA\0B,1,2,0.5\n");

        var (utf8Exit, utf8Error) = await RunAsync("validate", scenario);
        var (nulExit, nulError) = await RunAsync("forecast", table);

        Assert.Equal((ExitCodes.InvalidInput, ExitCodes.InvalidInput), (utf8Exit, nulExit));
        Assert.Equal($"{scenario}:1:10: error: invalid UTF-8 (0xE9 at byte 9); save the file as UTF-8", utf8Error.Trim());
        Assert.Equal($"{table}:2:2: error: a NUL character (byte 0) in the text; this looks like a binary file, not a text file", nulError.Trim());
    }

    [Fact]
    public async Task Yaml_nested_60000_deep_is_an_error_not_a_stack_overflow()
    {
        var scenario = Path.Combine(_temp.Path, "deep.yaml");
        File.WriteAllText(scenario, "name: deep\nevents: " + new string('[', 60_000) + new string(']', 60_000) + "\n");

        var (exit, error) = await RunAsync("validate", scenario);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal($"{scenario}:2:40: error: collections are nested more than 32 deep here; no diplomacy file needs more than 5 levels", error.Trim());
    }

    [Theory]
    [InlineData("Dummy,d,5,1073741824\nActor,Desc,Power,P1,S1\n", "1:11: error: expected a whole number from 1 to 100 for nDims, got '1073741824'")]
    [InlineData("Dummy,d,2000000,1\nActor,Desc,Power,P1,S1\n", "1:9: error: expected a whole number from 1 to 1,000 for nActors, got '2000000'")]
    public async Task Ktab_counts_are_limited_before_anything_is_sized_by_them(string text, string expected)
    {
        var (exit, error) = await RunAsync("forecast", Write("ktab.csv", text));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.EndsWith(expected, error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_table_of_more_than_1000_actors_is_refused()
    {
        var table = new StringBuilder("Actor,Capability,Position,Salience\n");
        for (var i = 0; i < 1_001; i++)
        {
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"A{i},1,{i % 100},0.5\n");
        }

        var (exit, error) = await RunAsync("forecast", Write("big.csv", table.ToString()));

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.EndsWith(":1002:1: error: more than 1,000 actor rows; a forecast table may have at most 1,000 actors", error.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("option '--rounds' must be from 1 to 1000, got 100000000", "run", "SCENARIO", "--rounds", "100000000")]
    [InlineData("option '--rounds' must be from 0 to 1000, got 2147483647", "forecast", "TABLE", "--rounds", "2147483647")]
    [InlineData("option '--rounds' must be from 0 to 1000, got 99999999999999999999", "forecast", "TABLE", "--rounds", "99999999999999999999")]
    [InlineData("option '--seed' must be from 0 to 2147483647, got -1", "run", "SCENARIO", "--seed", "-1")]
    [InlineData("option '--seed' must be from 0 to 2147483647, got 2147483648", "run", "SCENARIO", "--seed", "2147483648")]
    [InlineData("option '--connect-timeout' must be from 1 to 600, got 0", "run", "SCENARIO", "--redis", "127.0.0.1:6379", "--connect-timeout", "0")]
    [InlineData("option '--silo-port' must be from 1 to 65535, got 70000", "silo", "--redis", "127.0.0.1:6379", "--silo-port", "70000")]
    public async Task Command_line_numbers_get_the_ranges_the_files_have(string expected, params string[] args)
    {
        var table = Write("t.csv", "Actor,Capability,Position,Salience\nA,1,2,0.5\n");
        var resolved = args.Select(a => a switch
        {
            "SCENARIO" => CliRun.ShippedScenario("talks-as-announced.yaml"),
            "TABLE" => table,
            _ => a,
        }).ToArray();

        var (exit, error) = await RunAsync(resolved);

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.Equal($"diplomacy: {expected}", error.Split('\n')[0]);
    }

    [Fact]
    public async Task A_forecast_too_large_to_hold_is_refused_before_any_round()
    {
        var table = new StringBuilder("Actor,Capability,Position,Salience\n");
        for (var i = 0; i < 1_000; i++)
        {
            table.Append(System.Globalization.CultureInfo.InvariantCulture, $"A{i},1,{i % 100},0.5\n");
        }

        var (exit, error) = await RunAsync("forecast", Write("k.csv", table.ToString()), "--rounds", "1000");

        Assert.Equal(ExitCodes.InvalidInput, exit);
        Assert.StartsWith("diplomacy: a forecast of 1 dimension(s) with 1,000 actor rows in all over 1000 rounds is 1,000,000,000 actor pairs × rounds; the limit is 100,000,000", error, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>In process, on a thread of its own, so that a read that blocks fails the test instead of hanging the suite.</summary>
    private static async Task<(int Exit, string Error)> RunAsync(params string[] args)
    {
        var (exit, _, error) = await Task.Run(() => CliRun.RunAsync(args)).WaitAsync(CliProcess.Guard);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        return (exit, error);
    }
}
