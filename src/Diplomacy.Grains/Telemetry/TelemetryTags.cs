namespace Diplomacy.Grains.Telemetry;

/// <summary>
/// Attribute names on the Diplomacy spans and metric points; dashboards and the span-tree tests
/// rely on them. No OpenTelemetry semantic convention covers negotiations, so they live under
/// the <c>diplomacy.</c> namespace, as the conventions ask of names they do not define.
/// </summary>
public static class TelemetryTags
{
    public const string RunId = "diplomacy.run.id";
    public const string Scenario = "diplomacy.scenario";
    public const string Seed = "diplomacy.seed";
    public const string Rounds = "diplomacy.rounds";
    public const string Round = "diplomacy.round";
    public const string From = "diplomacy.from";
    public const string To = "diplomacy.to";
    public const string Issues = "diplomacy.issues";
    public const string Decision = "diplomacy.decision";
    public const string Utility = "diplomacy.utility";
    public const string EventType = "diplomacy.event.type";
}
