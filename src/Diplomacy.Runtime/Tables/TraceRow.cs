namespace Diplomacy.Runtime.Tables;

/// <summary>
/// One event of a run as the trace table stores it: the fields of the engine's trace events, with
/// the proposal's terms flattened to one JSON text so that every format has the same flat columns.
/// </summary>
/// <param name="Terms">JSON object from issue id to proposed position, in the proposal's order (for example <c>{"ceasefire":40}</c>); null when the event carries no terms.</param>
public sealed record TraceRow(
    string Run,
    int Seed,
    int Round,
    long Seq,
    string Type,
    string? From,
    string? To,
    string? Issue,
    string? Terms,
    string? Decision,
    double? Utility,
    double? Before,
    double? After,
    string? Reason);
