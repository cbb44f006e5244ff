using Diplomacy.Cli.Commands;

namespace Diplomacy.Cli.Tests.Forecast;

/// <summary>End to end through the dispatcher: files in, CSV and a readable report out.</summary>
public sealed class ForecastCommandTests : IDisposable
{
    private const string EuExample = """
        Actor,Capability,Position,Salience
        Netherlands,0.08,4,0.8
        Belgium,0.08,7,0.4
        Luxembourg,0.03,4,0.2
        Germany,0.16,4,0.8
        France,0.16,10,0.6
        Italy,0.16,10,0.6
        UK,0.16,10,0.9
        Ireland,0.05,7,0.1
        Denmark,0.05,4,1.0
        Greece,0.08,7,0.7
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Writes_the_EU_example_round_by_round_in_round_trip_precision()
    {
        var data = _folder.Write("eu.csv", EuExample);
        var outFolder = _folder.Sub("out");

        var (code, output, error) = await Run("forecast", data, "--model", "bdm-scholz", "--rounds", "10", "--out", outFolder);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        var positions = File.ReadAllLines(Path.Combine(outFolder, ForecastFiles.PositionsFile));
        Assert.Equal("round,actor,position", positions[0]);
        Assert.Equal(1 + (11 * 10), positions.Length);
        Assert.Equal("0,Belgium,7", positions[2]);
        Assert.Equal("1,Belgium,8.415932315426764", positions[12]);
        Assert.Equal("4,Belgium,4.800881140632622", positions[42]);
        var summary = File.ReadAllLines(Path.Combine(outFolder, ForecastFiles.SummaryFile));
        Assert.Equal(["round,median,mean", "0,7,7.389955686853767", "1,8.415932315426764,7.461314378277189"], summary[..3]);
        Assert.Equal(12, summary.Length);
        Assert.Contains("Belgium compromises with France: 7 -> 8.4159", output, StringComparison.Ordinal);
        Assert.Contains("Luxembourg confronts Belgium and gives way: 4 -> 7", output, StringComparison.Ordinal);
        Assert.Single(Directory.GetDirectories(_folder.Path));
    }

    [Fact]
    public async Task Forecasts_each_KTAB_dimension_on_its_own_with_a_dimension_column()
    {
        var data = _folder.Write("ktab.csv", """
            Dummy ,"Two dimensions, three actors",3,2,
            Actor,Description,Power,Pstn1,Sal1,Pstn2,Sal2,
            A, first,  10.0, 20, 50, 80, 90,
            B, second, 30.0, 60, 70, 10, 40,
            C, third,  20.0, 90, 30, 50, 60,
            """);
        var outFolder = _folder.Sub("k");

        var (code, output, _) = await Run("forecast", data, "--rounds", "2", "--out", outFolder);

        Assert.Equal(0, code);
        var positions = File.ReadAllLines(Path.Combine(outFolder, ForecastFiles.PositionsFile));
        Assert.Equal("round,dimension,actor,position", positions[0]);
        Assert.Equal(["0,1,A,20", "0,1,B,60", "0,1,C,90"], positions[1..4]);
        Assert.Equal("0,2,A,80", positions[10]);
        Assert.Equal(1 + (2 * 3 * 3), positions.Length);
        Assert.Equal("round,dimension,median,mean", File.ReadLines(Path.Combine(outFolder, ForecastFiles.SummaryFile)).First());
        Assert.Contains("Dimension 2 of 2: Pstn2", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Never_writes_into_a_folder_of_other_files()
    {
        var data = _folder.Write("eu.csv", EuExample);
        var outFolder = _folder.Sub("again");
        Directory.CreateDirectory(outFolder);
        File.WriteAllText(Path.Combine(outFolder, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(outFolder, ForecastFiles.SummaryFile), "stale");

        var (code, _, error) = await Run("forecast", data, "--rounds", "1", "--out", outFolder);

        Assert.Equal(2, code);
        Assert.Contains("holds files diplomacy did not write (notes.txt, summary.csv)", error, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(outFolder, "notes.txt")));
        Assert.Equal("stale", File.ReadAllText(Path.Combine(outFolder, ForecastFiles.SummaryFile)));
    }

    [Fact]
    public async Task The_paper_variant_runs_too()
    {
        var (code, output, _) = await Run("forecast", _folder.Write("eu.csv", EuExample), "--model", "bdm", "--rounds", "3");

        Assert.Equal(0, code);
        Assert.Contains("with bdm, 3 rounds", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_file_is_reported_at_its_line_and_column_with_exit_code_2()
    {
        var data = _folder.Write("bad.csv", "Actor,Capability,Position,Salience\nA,1,2,0.5\nB,1,two,0.5\n");

        var (code, _, error) = await Run("forecast", data);

        Assert.Equal(2, code);
        Assert.Equal($"{data}:3:5: error: expected a number for Position, got 'two'", error.Trim());
    }

    [Theory]
    [InlineData("--model", "kissinger")]
    [InlineData("--rounds", "-1")]
    [InlineData("--colour", "red")]
    public async Task Bad_options_are_usage_errors(string option, string value)
    {
        var (code, _, error) = await Run("forecast", _folder.Write("eu.csv", EuExample), option, value);

        Assert.Equal(2, code);
        Assert.StartsWith("diplomacy: ", error, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CommandDispatcher.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
