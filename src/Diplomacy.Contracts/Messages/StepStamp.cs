namespace Diplomacy.Contracts.Messages;

/// <summary>
/// When a change happens: the round and the runner's step within it. Steps only grow, so a grain
/// that has applied a stamp ignores it (and anything earlier) when a retried call brings it again.
/// </summary>
[GenerateSerializer, Immutable, Alias("diplomacy.step-stamp")]
public sealed record StepStamp([property: Id(0)] int Round, [property: Id(1)] int Step) : IComparable<StepStamp>
{
    public static StepStamp None { get; } = new(0, 0);

    public int CompareTo(StepStamp? other) =>
        other is null ? 1 : Round != other.Round ? Round.CompareTo(other.Round) : Step.CompareTo(other.Step);

    public bool IsAfter(StepStamp other) => CompareTo(other) > 0;

    public override string ToString() => $"r{Round}.{Step}";
}
