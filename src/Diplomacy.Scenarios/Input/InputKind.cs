namespace Diplomacy.Scenarios.Input;

/// <summary>A kind of input file, as messages name it, with the most bytes the tool reads of it.</summary>
public sealed record InputKind(string Name, long MaxBytes)
{
    public static InputKind Scenario { get; } = new("a scenario file", InputLimits.ScenarioBytes);

    public static InputKind World { get; } = new("a world file", InputLimits.WorldBytes);

    public static InputKind Article { get; } = new("an article", InputLimits.ArticleBytes);

    public static InputKind Table { get; } = new("a forecast table", InputLimits.TableBytes);
}
