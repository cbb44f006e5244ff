namespace Diplomacy.Scenarios.Input;

/// <summary>A kind of input file, as messages name it, with the most bytes the tool reads of it.</summary>
public sealed record InputKind(string Name, long MaxBytes)
{
    public static InputKind Scenario { get; } = new InputKind("a scenario file", InputLimits.ScenarioBytes);

    public static InputKind World { get; } = new InputKind("a world file", InputLimits.WorldBytes);

    public static InputKind Article { get; } = new InputKind("an article", InputLimits.ArticleBytes);

    public static InputKind Table { get; } = new InputKind("a forecast table", InputLimits.TableBytes);

    /// <summary>A sweep file is a page of YAML, as a scenario is.</summary>
    public static InputKind Sweep { get; } = new InputKind("a sweep file", InputLimits.ScenarioBytes);

    public static InputKind Observations { get; } = new InputKind("an observations file", InputLimits.ScenarioBytes);
}
