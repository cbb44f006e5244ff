namespace Diplomacy.Contracts.Trace;

/// <summary>The values of <see cref="TraceEvent.Type"/>.</summary>
public static class TraceEventTypes
{
    public const string Shock = "shock";
    public const string Proposal = "proposal";
    public const string Answer = "answer";
    public const string Agreement = "agreement";
    public const string Lapse = "lapse";
    public const string Move = "move";
    public const string Influence = "influence";
    public const string Exclude = "exclude";
    public const string Include = "include";
    public const string Stop = "stop";
}
