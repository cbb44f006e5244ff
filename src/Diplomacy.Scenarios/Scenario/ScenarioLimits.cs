namespace Diplomacy.Scenarios.Scenario;

/// <summary>The ranges a scenario's numbers must fall in; the documentation and the JSON Schema state the same.</summary>
public static class ScenarioLimits
{
    /// <summary>Enough for any negotiation the article describes many times over, small enough that a typo (80000) is caught.</summary>
    public const int MaxRounds = 1000;

    public const int MaxSteps = 100;

    public const int MaxNameLength = 64;

    /// <summary>The largest shift: from one end of an issue's scale to the other.</summary>
    public const double MaxShift = 100;
}
