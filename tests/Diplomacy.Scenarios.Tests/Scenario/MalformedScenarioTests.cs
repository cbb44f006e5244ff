using System.Globalization;
using System.Text.RegularExpressions;
using Diplomacy.Scenarios.Errors;
using Diplomacy.Scenarios.Scenario;

namespace Diplomacy.Scenarios.Tests.Scenario;

/// <summary>
/// Each file in Malformed/ holds exactly one mistake and says, on its first line, where the error
/// must be reported and what it must say: <c># expect: LINE:COLUMN message fragment</c>.
/// </summary>
public sealed partial class MalformedScenarioTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "tests", "Diplomacy.Scenarios.Tests", "Scenario", "Malformed");

    public static TheoryData<string> Files() => new(FileNames());

    [Fact]
    public void The_corpus_holds_at_least_24_files()
    {
        Assert.InRange(FileNames().Count(), 24, int.MaxValue);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_malformed_scenario_gets_one_error_at_the_expected_place(string name)
    {
        var path = Path.Combine(Folder, name);
        var expectation = Expectation().Match(File.ReadLines(path).First());
        Assert.True(expectation.Success, $"{name} must start with '# expect: LINE:COLUMN fragment'");

        var exception = Assert.Throws<InputException>(() => ScenarioLoader.Load(path));

        var error = Assert.Single(exception.Errors);
        Assert.Equal(path, error.Location.File);
        Assert.Equal(int.Parse(expectation.Groups["line"].Value, CultureInfo.InvariantCulture), error.Location.Line);
        Assert.Equal(int.Parse(expectation.Groups["column"].Value, CultureInfo.InvariantCulture), error.Location.Column);
        Assert.Contains(expectation.Groups["fragment"].Value, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"{path}:{error.Location.Line}:{error.Location.Column}: error: ", error.ToString(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> FileNames() =>
        Directory.GetFiles(Folder, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [GeneratedRegex(@"^# expect: (?<line>\d+):(?<column>\d+) (?<fragment>.+)$")]
    private static partial Regex Expectation();
}
